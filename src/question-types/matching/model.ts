import { isRecord } from '../../shared/guards.ts';
import { clearSelects, partCredit, type QuestionModel } from '../question-model.ts';
import { seededShuffle } from '../../shared/seeded.ts';
import type { MatchingQuestion } from './schema.ts';

/** `rights[i]` is the right-hand item chosen for the i-th left item (by its text). */
export type MatchingResponse = { type: 'matching'; rights: Array<string | null> };

interface MatchingView {
  /** The right-hand items, each once, in a seeded order. */
  choices: string[];
}

export const model: QuestionModel<MatchingQuestion, MatchingView, { rights: string[] }, MatchingResponse> = {
  type: 'matching',
  present: (question) => ({
    view: {
      choices: seededShuffle(
        [...new Set(question.pairs.map((pair) => pair.right))],
        `choices:${question.id}`,
      ),
    },
    key: { rights: question.pairs.map((pair) => pair.right) },
  }),
  cues: (question) => question.pairs.map((pair) => `${pair.left} → ?`),
  answerText: (question) => question.pairs.map((pair) => `${pair.left} → ${pair.right}`).join('; '),
  options: () => [],
  isComplete: (response) => response.rights.every((right) => right !== null),
  score(key, response) {
    const right = key.rights.filter((answer, i) => response.rights[i] === answer).length;
    return partCredit(right, key.rights.length, 'pairs are', 'matched correctly');
  },
  isResponse: (value): value is MatchingResponse =>
    isRecord(value) &&
    value['type'] === 'matching' &&
    Array.isArray(value['rights']) &&
    value['rights'].every((right) => right === null || typeof right === 'string'),
  read: (question) => ({
    type: 'matching',
    rights: [...question.querySelectorAll<HTMLSelectElement>('select')].map((select) => select.value || null),
  }),
  restore(question, response) {
    [...question.querySelectorAll<HTMLSelectElement>('select')].forEach(
      (select, i) => (select.value = response.rights[i] ?? ''),
    );
  },
  clear: clearSelects,
  feedback: () => [],
};
