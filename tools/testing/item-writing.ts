/**
 * Item-writing rules that a test can measure over a course's quizzes, after Haladyna, Downing &
 * Rodriguez (2002, "A review of multiple-choice item-writing guidelines for classroom assessment"):
 * the key must not be recognizable by its length, options hold no "all/none of the above", and
 * true/false statements do not lean on absolute words ("specific determiners") that give the answer
 * away. Chance is measured as in `position-balance.ts`: a count passes while it stays within the
 * expectation plus two standard deviations.
 */
import { bias, type Bias } from './position-balance.ts';

/** A choice question as shown: its id and its options' texts, each marked right or wrong. */
export interface TextChoice {
  id: string;
  options: ReadonlyArray<{ text: string; correct: boolean }>;
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * How long an option looks: characters as the reader sees them (graphemes), with runs of white space
 * counted as one. Option texts are plain text on the page (no Markdown), so nothing else is hidden.
 */
export function visibleLength(text: string): number {
  return [...graphemes.segment(text.replace(/\s+/g, ' ').trim())].length;
}

const lengths = (question: TextChoice) => question.options.map((option) => visibleLength(option.text));
const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** A single-choice question whose key is the longest option, alone or tied with others. */
export interface LongestKey {
  id: string;
  keyLength: number;
  /** The longest distractor's length. */
  nextLength: number;
  /** How many options share the longest length, the key among them (1: the key is strictly longest). */
  tied: number;
}

/**
 * Single choice: how often the key is the longest option. If length told nothing, the key would be
 * any of the n options alike, so it would be the strictly longest one with probability 1/n. A key
 * tied with t options for the longest length counts 1/t (a student guessing "the longest" picks it 1
 * time in t), which keeps the expectation at 1/n per question whatever the ties; its variance is at
 * most the 1/n · (1 − 1/n) that `bias` assumes, so ties can only make the limit more lenient.
 */
export function longestKeyBias(questions: readonly TextChoice[]): Bias & { keys: LongestKey[] } {
  const keys: LongestKey[] = [];
  for (const question of questions) {
    const all = lengths(question);
    const key = question.options.findIndex((option) => option.correct);
    const longest = Math.max(...all);
    if (all[key] !== longest) continue;
    const others = all.filter((_, i) => i !== key);
    keys.push({
      id: question.id,
      keyLength: longest,
      nextLength: Math.max(...others),
      tied: all.filter((length) => length === longest).length,
    });
  }
  return {
    ...bias(
      questions.map((question) => 1 / question.options.length),
      keys.reduce((sum, key) => sum + 1 / key.tied, 0),
    ),
    keys,
  };
}

/** By how much the mean key length may exceed the mean distractor length before a student can notice. */
export const KEY_LENGTH_MARGIN = 0.25;

/** A multiple-choice question whose keys are on average longer than its distractors by more than the margin. */
export interface LongKeys {
  id: string;
  keyMean: number;
  distractorMean: number;
  /** How likely a random choice of as many options as there are keys is to be this much longer. */
  chance: number;
}

function longerByMargin(all: readonly number[], keys: readonly boolean[], margin: number): boolean {
  const keyMean = mean(all.filter((_, i) => keys[i]));
  const distractorMean = mean(all.filter((_, i) => !keys[i]));
  return keyMean > (1 + margin) * distractorMean;
}

/** Every way to choose k of the indices 0 … n − 1, as a mask of n booleans. */
function choices(n: number, k: number): boolean[][] {
  if (k === 0) return [Array<boolean>(n).fill(false)];
  if (n === k) return [Array<boolean>(n).fill(true)];
  return [
    ...choices(n - 1, k - 1).map((mask) => [...mask, true]),
    ...choices(n - 1, k).map((mask) => [...mask, false]),
  ];
}

/**
 * Multiple choice: the questions whose keys are, on average, more than `margin` longer than their
 * distractors. Chance is worked out per question from its own options: if length told nothing, the
 * keys would be any k of the n options alike, so the probability is the share of all k-option
 * choices that are that much longer than the rest (a permutation test). Questions whose options are
 * all right have no distractor to compare with and are left out.
 */
export function longKeysBias(
  questions: readonly TextChoice[],
  margin = KEY_LENGTH_MARGIN,
): Bias & { questions: LongKeys[] } {
  const measured = questions
    .filter((question) => question.options.some((option) => !option.correct))
    .map((question) => {
      const all = lengths(question);
      const keys = question.options.map((option) => option.correct);
      const alternatives = choices(all.length, keys.filter(Boolean).length);
      return {
        id: question.id,
        keyMean: mean(all.filter((_, i) => keys[i])),
        distractorMean: mean(all.filter((_, i) => !keys[i])),
        chance: alternatives.filter((mask) => longerByMargin(all, mask, margin)).length / alternatives.length,
        long: longerByMargin(all, keys, margin),
      };
    });
  const long = measured.filter((question) => question.long).map(({ long: _, ...question }) => question);
  return {
    ...bias(
      measured.map((question) => question.chance),
      long.length,
    ),
    questions: long,
  };
}

/**
 * "All of the above" and its kin: options that point at other options, which a student answers by
 * spotting two right ones (or one wrong one) instead of knowing each.
 */
const CATCH_ALL =
  /\b(?:all|none|both|neither)\s+of\s+(?:the\s+)?(?:above|below|these|those|(?:other\s+)?options|previous)\b/i;

export function catchAllOptions(questions: readonly TextChoice[]): Array<{ id: string; text: string }> {
  return questions.flatMap((question) =>
    question.options
      .filter((option) => CATCH_ALL.test(option.text))
      .map((option) => ({ id: question.id, text: option.text })),
  );
}

/**
 * Absolute words ("specific determiners"): statements with them are mostly false, so test-wise
 * students answer them without knowing the content. The words, with their plain inflections:
 * all, always, never, only, every (everyone, everything, everybody), none, replace(s, d, ing),
 * cannot (can't, can not). "Not only … but also" counts too: it hedges instead, and a hedged
 * statement is usually true, which cues the answer just as well the other way.
 */
const ABSOLUTE =
  /\b(?:all|always|never|only|every(?:one|thing|body)?|none|replac(?:e|es|ed|ing)|can(?:not|['’]t|\s+not))\b/gi;

export function absoluteWords(statement: string): string[] {
  return [...new Set([...statement.matchAll(ABSOLUTE)].map((match) => match[0].toLowerCase()))];
}

/**
 * The share of true/false statements that may hold an absolute word. Not none: now and then the
 * absolute is the content itself ("transparent customization changes only the product"), and
 * rephrasing it away would blur the point. A tenth lets a course of about 30 statements keep three
 * such statements; more is a habit that test-wise students learn to exploit.
 */
export const ABSOLUTE_SHARE = 0.1;

export interface Statement {
  id: string;
  prompt: string;
  answer: boolean;
}

/** True/false: the statements holding an absolute word, and how many the share allows. */
export function absoluteStatements(
  statements: readonly Statement[],
  share = ABSOLUTE_SHARE,
): { found: Array<Statement & { words: string[] }>; allowed: number } {
  return {
    found: statements.flatMap((statement) => {
      const words = absoluteWords(statement.prompt);
      return words.length > 0 ? [{ ...statement, words }] : [];
    }),
    allowed: Math.floor(share * statements.length),
  };
}
