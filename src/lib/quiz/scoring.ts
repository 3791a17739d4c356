/**
 * Checking answers, shared by the quiz element in the browser and the tests. A question's key is
 * what the server renders into `data-key`; a response is what the student entered.
 */

export type AnswerKey =
  | { type: 'single'; correct: number }
  | { type: 'multiple'; correct: readonly number[] }
  | { type: 'truefalse'; answer: boolean }
  /** For each item in the order shown, its correct position (1-based). */
  | { type: 'ordering'; positions: readonly number[] }
  /** For each left item in the order shown, its correct right item. */
  | { type: 'matching'; rights: readonly string[] }
  /** Accepted answers, already normalised with {@link normalizeAnswer}. */
  | { type: 'fillin'; answers: readonly string[] };

export type Response =
  | { type: 'single'; choice: number | null }
  | { type: 'multiple'; choices: number[] }
  | { type: 'truefalse'; value: boolean | null }
  | { type: 'ordering'; positions: Array<number | null> }
  | { type: 'matching'; rights: Array<string | null> }
  | { type: 'fillin'; text: string };

export interface Result {
  /** Whether every part of the answer is right. */
  correct: boolean;
  /** Credit between 0 and 1; partly right multiple-choice, ordering and matching answers earn part. */
  score: number;
  /** One sentence for the student: right, partly right, or what is wrong. */
  summary: string;
}

/** Lower-case, without accents, surrounding punctuation, articles or extra spaces. */
export function normalizeAnswer(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^(a|an|the) /, '');
}

/** Whether the student has given an answer to every part, so that checking makes sense. */
export function isComplete(response: Response): boolean {
  switch (response.type) {
    case 'single':
      return response.choice !== null;
    case 'multiple':
      return response.choices.length > 0;
    case 'truefalse':
      return response.value !== null;
    case 'ordering':
      return response.positions.every((position) => position !== null);
    case 'matching':
      return response.rights.every((right) => right !== null);
    case 'fillin':
      return normalizeAnswer(response.text) !== '';
  }
}

const RIGHT = 'Correct.';
const WRONG: Result = { correct: false, score: 0, summary: 'Not quite.' };

function partCredit(right: number, total: number, noun: string, placed: string): Result {
  if (right === total) return { correct: true, score: 1, summary: RIGHT };
  if (right === 0)
    return { correct: false, score: 0, summary: `Not quite: none of the ${total} ${noun} ${placed}.` };
  return {
    correct: false,
    score: right / total,
    summary: `Partly right: ${right} of ${total} ${noun} ${placed}.`,
  };
}

/** Grades a response to the question the key belongs to (the quiz element reads both from one fieldset). */
export function scoreResponse(key: AnswerKey, response: Response): Result {
  switch (key.type) {
    case 'single': {
      const { choice } = response as Extract<Response, { type: 'single' }>;
      return choice === key.correct ? { correct: true, score: 1, summary: RIGHT } : WRONG;
    }
    case 'truefalse': {
      const { value } = response as Extract<Response, { type: 'truefalse' }>;
      return value === key.answer
        ? { correct: true, score: 1, summary: RIGHT }
        : {
            correct: false,
            score: 0,
            summary: `Not quite: the statement is ${key.answer ? 'true' : 'false'}.`,
          };
    }
    case 'multiple': {
      const chosen = new Set((response as Extract<Response, { type: 'multiple' }>).choices);
      const correct = new Set(key.correct);
      const hits = [...chosen].filter((choice) => correct.has(choice)).length;
      const wrong = chosen.size - hits;
      if (hits === correct.size && wrong === 0) return { correct: true, score: 1, summary: RIGHT };
      const missed = correct.size - hits;
      const parts = [
        `${hits} of ${correct.size} correct options chosen`,
        ...(wrong > 0 ? [`${wrong} wrong option${wrong === 1 ? '' : 's'} chosen`] : []),
        ...(missed > 0 ? [`${missed} missed`] : []),
      ];
      return {
        correct: false,
        score: Math.max(0, (hits - wrong) / correct.size),
        summary: `${hits > 0 ? 'Partly right' : 'Not quite'}: ${parts.join(', ')}.`,
      };
    }
    case 'ordering': {
      const { positions } = response as Extract<Response, { type: 'ordering' }>;
      const right = key.positions.filter((position, i) => positions[i] === position).length;
      return partCredit(right, key.positions.length, 'items are', 'in the right place');
    }
    case 'matching': {
      const { rights } = response as Extract<Response, { type: 'matching' }>;
      const right = key.rights.filter((answer, i) => rights[i] === answer).length;
      return partCredit(right, key.rights.length, 'pairs are', 'matched correctly');
    }
    case 'fillin': {
      const text = normalizeAnswer((response as Extract<Response, { type: 'fillin' }>).text);
      return key.answers.includes(text) ? { correct: true, score: 1, summary: RIGHT } : WRONG;
    }
  }
}

export interface QuizScore {
  correct: number;
  checked: number;
  total: number;
}

export function describeQuizScore({ correct, checked, total }: QuizScore): string {
  if (checked === 0) return `${total} questions. Check each answer to see how you did.`;
  const unchecked = total - checked;
  return `Score: ${correct} of ${total} correct${unchecked > 0 ? ` (${unchecked} not checked yet)` : ''}.`;
}
