import { describe, expect, test } from 'vitest';
import { presentQuestion } from '../../src/question-types/present.ts';
import { courseQuestions } from '../../tools/testing/course-questions.ts';
import {
  ABSOLUTE_SHARE,
  absoluteStatements,
  absoluteWords,
  catchAllOptions,
  KEY_LENGTH_MARGIN,
  longestKeyBias,
  longKeysBias,
  visibleLength,
  type Statement,
  type TextChoice,
} from '../../tools/testing/item-writing.ts';

/** A choice question from option texts; a text starting with "*" is a key. */
const item = (id: string, ...texts: string[]): TextChoice => ({
  id,
  options: texts.map((text) => ({ text: text.replace(/^\*/, ''), correct: text.startsWith('*') })),
});
const chars = (n: number) => 'x'.repeat(n);
const statement = (id: string, prompt: string, answer = false): Statement => ({ id, prompt, answer });

describe('the item-writing checks', () => {
  test('measure an option by what the reader sees', () => {
    expect(visibleLength('  Customer   intimacy ')).toBe(17);
    expect(visibleLength('€13 café')).toBe(8);
  });

  test('flag single-choice keys that are usually the longest option, and pass keys long by chance', () => {
    const alwaysLongest = Array.from({ length: 20 }, (_, i) =>
      item(`q${i}`, `*${chars(40)}`, chars(20), chars(22), chars(25)),
    );
    const biased = longestKeyBias(alwaysLongest);
    expect(biased.observed).toBe(20);
    expect(biased.expected).toBe(5);
    expect(biased.observed).toBeGreaterThan(biased.limit);
    expect(biased.keys[0]).toEqual({ id: 'q0', keyLength: 40, nextLength: 25, tied: 1 });

    const byChance = Array.from({ length: 20 }, (_, i) =>
      item(`q${i}`, `*${chars(i % 4 === 0 ? 40 : 20)}`, chars(30), chars(22), chars(25)),
    );
    const fair = longestKeyBias(byChance);
    expect(fair.observed).toBe(5);
    expect(fair.limit).toBeCloseTo(5 + 2 * Math.sqrt(20 * 0.25 * 0.75));
    expect(fair.observed).toBeLessThanOrEqual(fair.limit);
  });

  test('count a key tied for the longest option as one in the number tied', () => {
    const result = longestKeyBias([
      item('tie', `*${chars(30)}`, chars(30), chars(10)),
      item('short', '*ab', 'abc'),
    ]);
    expect(result.observed).toBe(0.5);
    expect(result.expected).toBeCloseTo(1 / 3 + 1 / 2);
    expect(result.keys).toEqual([{ id: 'tie', keyLength: 30, nextLength: 30, tied: 2 }]);
  });

  test('flag multiple-choice keys that are systematically longer, with chance from each question', () => {
    // Two keys of 30 characters among distractors of 10: of the 10 ways to pick two of five options,
    // only the keys themselves are more than 25 % longer than the rest.
    const longKeys = Array.from({ length: 10 }, (_, i) =>
      item(`m${i}`, `*${chars(30)}`, `*${chars(30)}`, chars(10), chars(10), chars(10)),
    );
    const biased = longKeysBias(longKeys);
    expect(biased.observed).toBe(10);
    expect(biased.expected).toBeCloseTo(1);
    expect(biased.observed).toBeGreaterThan(biased.limit);
    expect(biased.questions[0]).toEqual({ id: 'm0', keyMean: 30, distractorMean: 10, chance: 0.1 });

    // Keys 20 % longer, keys shorter, options of one length, all options right: none is flagged.
    const fair = longKeysBias([
      item('a', `*${chars(24)}`, `*${chars(24)}`, chars(20), chars(20)),
      item('b', `*${chars(10)}`, chars(30), chars(30)),
      item('c', `*${chars(20)}`, `*${chars(20)}`, chars(20)),
      item('d', `*${chars(5)}`, `*${chars(50)}`, `*${chars(9)}`),
    ]);
    expect(fair.observed).toBe(0);
    // In b, either 30-character distractor would be a key 50 % longer than the rest: 2 chances in 3.
    expect(fair.expected).toBeCloseTo(2 / 3);
    expect(KEY_LENGTH_MARGIN).toBe(0.25);
  });

  test('find "all of the above" and its kin, in any case', () => {
    const found = catchAllOptions([
      item('q1', '*All of the above', 'Loyalty', 'Retention'),
      item('q2', 'NONE OF THE ABOVE', '*Both of these', 'neither of the options'),
      item('q3', '*All customers above the threshold', 'None of the customers', 'Customer intimacy'),
    ]);
    expect(found).toEqual([
      { id: 'q1', text: 'All of the above' },
      { id: 'q2', text: 'NONE OF THE ABOVE' },
      { id: 'q2', text: 'Both of these' },
      { id: 'q2', text: 'neither of the options' },
    ]);
  });

  test('find absolute words, and allow them in at most a tenth of the statements', () => {
    expect(absoluteWords('CRM always REPLACES marketing for all customers')).toEqual([
      'always',
      'replaces',
      'all',
    ]);
    expect(absoluteWords("A suspect can't buy; everyone can not; none only")).toEqual([
      "can't",
      'everyone',
      'can not',
      'none',
      'only',
    ]);
    expect(absoluteWords('Differentiate not only by value but also by needs')).toEqual(['only']);
    expect(absoluteWords('Overall, the allocation finally enables CRM')).toEqual([]);

    const plain = Array.from({ length: 17 }, (_, i) => statement(`s${i}`, 'CRM is a strategy.'));
    const absolute = [
      statement('a1', 'CRM is never an IT project.'),
      statement('a2', 'Only top customers matter.'),
      statement('a3', 'Every suspect becomes a prospect.', true),
    ];
    const tooMany = absoluteStatements([...plain, ...absolute]);
    expect(tooMany.allowed).toBe(2);
    expect(tooMany.found.map((found) => found.id)).toEqual(['a1', 'a2', 'a3']);
    expect(tooMany.found.length).toBeGreaterThan(tooMany.allowed);
    const few = absoluteStatements([...plain, statement('s17', 'CRM is a strategy.'), ...absolute.slice(1)]);
    expect(few.found.length).toBeLessThanOrEqual(few.allowed);
    expect(ABSOLUTE_SHARE).toBe(0.1);
  });
});

describe('the course cannot be answered by the form of its options and statements', () => {
  const questions = courseQuestions();
  /** Choice questions with their options as the site shows them. */
  const shown = (type: 'single' | 'multiple'): TextChoice[] =>
    questions
      .filter((question) => question.type === type)
      .map((question) => ({ id: question.id, options: presentQuestion(question).options }));
  const singles = shown('single');
  const multiples = shown('multiple');
  const statements = questions.flatMap((question) =>
    question.type === 'truefalse'
      ? [{ id: question.id, prompt: question.prompt, answer: question.answer }]
      : [],
  );
  const fixed = (value: number) => value.toFixed(1);

  test('the key of a single-choice question is the longest option no more often than chance explains', () => {
    expect(singles.length).toBeGreaterThan(20);
    const { observed, expected, limit, keys } = longestKeyBias(singles);
    const strict = keys.filter((key) => key.tied === 1);
    const tied = keys.filter((key) => key.tied > 1);
    const message = [
      `The key is the strictly longest option in ${strict.length} of ${singles.length} single-choice questions` +
        (tied.length > 0 ? ` and tied for the longest in ${tied.length} (each counted 1/tied)` : '') +
        `: ${fixed(observed)}, where chance gives ${fixed(expected)} and allows at most ${fixed(limit)}.`,
      'Shorten these keys or lengthen their distractors (lengths in characters):',
      ...strict.map((key) => `  ${key.id}: key ${key.keyLength}, longest distractor ${key.nextLength}`),
      ...tied.map((key) => `  ${key.id}: key ${key.keyLength}, tied with ${key.tied - 1} other option(s)`),
    ].join('\n');
    expect(observed, message).toBeLessThanOrEqual(limit);
  });

  test('multiple-choice keys are not systematically longer than their distractors', () => {
    const { observed, expected, limit, questions: long } = longKeysBias(multiples);
    // The limit is expectation + 2 SD, as for the keys' positions; with chances near 0 that is
    // below 1, so one such question is always tolerated (as for leading multiple-choice keys).
    const allowed = Math.max(1, limit);
    const message = [
      `In ${observed} of ${multiples.length} multiple-choice questions the keys are on average more than ` +
        `${KEY_LENGTH_MARGIN * 100} % longer than the distractors, where chance gives ${fixed(expected)} ` +
        `and allows at most ${fixed(allowed)}.`,
      'Make keys and distractors of similar length (mean lengths in characters):',
      ...long.map(
        (question) =>
          `  ${question.id}: keys ${fixed(question.keyMean)}, distractors ${fixed(question.distractorMean)}` +
          ` (+${Math.round((question.keyMean / question.distractorMean - 1) * 100)} %; keys drawn at random` +
          ` from its options would be ${Math.round(question.chance * 100)} % of the time)`,
      ),
    ].join('\n');
    expect(observed, message).toBeLessThanOrEqual(allowed);
  });

  test('no option is "all of the above", "none of the above" or their kin', () => {
    const found = catchAllOptions([...singles, ...multiples]);
    expect(
      found,
      `Replace these options with a plausible distractor:\n${found.map(({ id, text }) => `  ${id}: "${text}"`).join('\n')}`,
    ).toEqual([]);
  });

  test('at most a tenth of the true/false statements hold an absolute word', () => {
    expect(statements.length).toBeGreaterThanOrEqual(10);
    const { found, allowed } = absoluteStatements(statements);
    const message = [
      `${found.length} of ${statements.length} true/false statements hold an absolute word; at most ` +
        `${allowed} (${ABSOLUTE_SHARE * 100} %) may. Make them true or false by their CRM content:`,
      ...found.map(
        ({ id, words, answer }) =>
          `  ${id} (${answer ? 'true' : 'false'}): ${words.map((w) => `"${w}"`).join(', ')}`,
      ),
    ].join('\n');
    expect(found.length, message).toBeLessThanOrEqual(allowed);
  });
});
