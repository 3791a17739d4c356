import { isRecord } from '../../shared/guards.ts';
import { RIGHT, WRONG, type QuestionModel } from '../question-model.ts';
import type { FillInQuestion } from './schema.ts';

export type FillInResponse = { type: 'fillin'; text: string };

/**
 * Lower-case words without accents, punctuation, articles or a plural "s", so variants compare equal.
 * A minus sign before a number is a word, not punctuation: "-13" is not 13.
 */
export function normalizeAnswer(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/(^|\s)[-\u2212](?=\d)/gu, '$1negative ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((word) => !['a', 'an', 'the'].includes(word))
    .map((word) => (word.length > 3 ? word.replace(/(?<!s)s$/, '') : word))
    .join(' ');
}

export const model: QuestionModel<
  FillInQuestion,
  Record<string, never>,
  { answers: string[] },
  FillInResponse
> = {
  type: 'fillin',
  present: (question) => ({
    view: {},
    key: { answers: [...new Set(question.answers.map(normalizeAnswer))] },
  }),
  cues: () => [],
  answerText: (question) =>
    question.answers[0]! +
    (question.answers.length > 1 ? ` (also accepted: ${question.answers.slice(1).join(', ')})` : ''),
  options: () => [],
  isComplete: (response) => normalizeAnswer(response.text) !== '',
  score: (key, response) => (key.answers.includes(normalizeAnswer(response.text)) ? RIGHT : WRONG),
  isResponse: (value): value is FillInResponse =>
    isRecord(value) && value['type'] === 'fillin' && typeof value['text'] === 'string',
  read: (question) => ({ type: 'fillin', text: question.querySelector('input')?.value ?? '' }),
  restore(question, response) {
    const input = question.querySelector('input');
    if (input) input.value = response.text;
  },
  clear(question) {
    const input = question.querySelector('input');
    if (input) input.value = '';
  },
  feedback: () => [],
};
