import { isRecord } from '../../shared/guards.ts';
import { RIGHT, WRONG, type QuestionModel, type ShownOption } from '../question-model.ts';
import {
  checkedValues,
  checkValues,
  correctTexts,
  correctValues,
  isOptionValue,
  optionFeedback,
  shownOptions,
} from '../choice/options.ts';
import type { SingleQuestion } from './schema.ts';

export type SingleResponse = { type: 'single'; choice: number | null };

export const model: QuestionModel<
  SingleQuestion,
  { options: ShownOption[] },
  { correct: number },
  SingleResponse
> = {
  type: 'single',
  present(question) {
    const options = shownOptions(question);
    return { view: { options }, key: { correct: correctValues(options)[0]! } };
  },
  cues: (_, view) => view.options.map((option) => option.text),
  answerText: (_, view) => correctTexts(view.options),
  options: (view) => view.options,
  isComplete: (response) => response.choice !== null,
  score: (key, response) => (response.choice === key.correct ? RIGHT : WRONG),
  isResponse: (value): value is SingleResponse =>
    isRecord(value) &&
    value['type'] === 'single' &&
    (value['choice'] === null || isOptionValue(value['choice'])),
  read: (question) => ({ type: 'single', choice: checkedValues(question)[0] ?? null }),
  restore: (question, response) => checkValues(question, response.choice === null ? [] : [response.choice]),
  clear: (question) => checkValues(question, []),
  feedback: (response, answer) => optionFeedback(answer, response.choice === null ? [] : [response.choice]),
};
