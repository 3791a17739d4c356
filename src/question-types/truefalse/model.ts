import { isRecord } from '../../shared/guards.ts';
import { RIGHT, type QuestionModel } from '../question-model.ts';
import type { TrueFalseQuestion } from './schema.ts';

export type TrueFalseResponse = { type: 'truefalse'; value: boolean | null };

const word = (value: boolean) => (value ? 'True' : 'False');

export const model: QuestionModel<
  TrueFalseQuestion,
  Record<string, never>,
  { answer: boolean },
  TrueFalseResponse
> = {
  type: 'truefalse',
  present: (question) => ({ view: {}, key: { answer: question.answer } }),
  cues: () => ['True or false?'],
  answerText: (question) => word(question.answer),
  options: () => [],
  isComplete: (response) => response.value !== null,
  score: (key, response) =>
    response.value === key.answer
      ? RIGHT
      : {
          correct: false,
          score: 0,
          summary: `Not quite: the statement is ${word(key.answer).toLowerCase()}.`,
        },
  isResponse: (value): value is TrueFalseResponse =>
    isRecord(value) &&
    value['type'] === 'truefalse' &&
    (value['value'] === null || typeof value['value'] === 'boolean'),
  read(question) {
    const checked = question.querySelector<HTMLInputElement>('input:checked');
    return { type: 'truefalse', value: checked ? checked.value === 'true' : null };
  },
  restore(question, response) {
    for (const input of question.querySelectorAll<HTMLInputElement>('input')) {
      input.checked = response.value !== null && input.value === String(response.value);
    }
  },
  clear(question) {
    for (const input of question.querySelectorAll<HTMLInputElement>('input')) input.checked = false;
  },
  feedback: () => [],
};
