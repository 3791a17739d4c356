import { createHash } from 'node:crypto';
import type { Question } from '../../schemas/quiz.ts';
import { normalizeAnswer, type AnswerKey } from './scoring.ts';

/** What the server needs to render a question: its key for the browser and the order things are shown in. */
export interface PresentedQuestion {
  question: Question;
  key: AnswerKey;
  /** Changes whenever the question does, so an answer stored for an older version is ignored. */
  fingerprint: string;
  /** Ordering questions: the items in the (shuffled) order shown. */
  shownItems?: string[];
  /** Matching questions: the right-hand choices, each once, sorted. */
  choices?: string[];
}

export function fingerprint(question: Question): string {
  return createHash('sha256').update(JSON.stringify(question)).digest('hex').slice(0, 12);
}

/** A shuffle that is the same on every build (seeded by the question id) and never the answer itself. */
export function stableShuffle<T>(items: readonly T[], seed: string): T[] {
  let state =
    [...seed].reduce((hash, char) => Math.imul(hash ^ char.charCodeAt(0), 16777619), 2166136261) >>> 0;
  const random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const shuffled = [...items];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  if (shuffled.length > 1 && shuffled.every((item, i) => item === items[i])) shuffled.push(shuffled.shift()!);
  return shuffled;
}

export function presentQuestion(question: Question): PresentedQuestion {
  const base = { question, fingerprint: fingerprint(question) };
  switch (question.type) {
    case 'single':
      return {
        ...base,
        key: { type: 'single', correct: question.options.findIndex((option) => option.correct) },
      };
    case 'multiple':
      return {
        ...base,
        key: {
          type: 'multiple',
          correct: question.options.flatMap((option, i) => (option.correct ? [i] : [])),
        },
      };
    case 'truefalse':
      return { ...base, key: { type: 'truefalse', answer: question.answer } };
    case 'ordering': {
      const shownItems = stableShuffle(question.items, question.id);
      return {
        ...base,
        shownItems,
        key: { type: 'ordering', positions: shownItems.map((item) => question.items.indexOf(item) + 1) },
      };
    }
    case 'matching':
      return {
        ...base,
        choices: [...new Set(question.pairs.map((pair) => pair.right))].sort((a, b) => a.localeCompare(b)),
        key: { type: 'matching', rights: question.pairs.map((pair) => pair.right) },
      };
    case 'fillin':
      return {
        ...base,
        key: { type: 'fillin', answers: [...new Set(question.answers.map(normalizeAnswer))] },
      };
  }
}
