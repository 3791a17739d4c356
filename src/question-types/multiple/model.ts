import { isRecord } from '../../shared/guards.ts';
import { RIGHT, type QuestionModel, type ShownOption } from '../question-model.ts';
import {
  checkedValues,
  checkValues,
  correctTexts,
  correctValues,
  isOptionValue,
  optionFeedback,
  shownOptions,
} from '../choice/options.ts';
import type { MultipleQuestion } from './schema.ts';

export type MultipleResponse = { type: 'multiple'; choices: number[] };

export const model: QuestionModel<
  MultipleQuestion,
  { options: ShownOption[] },
  { correct: number[] },
  MultipleResponse
> = {
  type: 'multiple',
  present(question) {
    const options = shownOptions(question);
    return { view: { options }, key: { correct: correctValues(options).sort((a, b) => a - b) } };
  },
  cues: (_, view) => view.options.map((option) => option.text),
  answerText: (_, view) => correctTexts(view.options),
  options: (view) => view.options,
  isComplete: (response) => response.choices.length > 0,
  score(key, response) {
    const chosen = new Set(response.choices);
    const correct = new Set(key.correct);
    const hits = [...chosen].filter((choice) => correct.has(choice)).length;
    const wrong = chosen.size - hits;
    if (hits === correct.size && wrong === 0) return RIGHT;
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
  },
  isResponse: (value): value is MultipleResponse =>
    isRecord(value) &&
    value['type'] === 'multiple' &&
    Array.isArray(value['choices']) &&
    value['choices'].every(isOptionValue),
  read: (question) => ({ type: 'multiple', choices: checkedValues(question) }),
  restore: (question, response) => checkValues(question, response.choices),
  clear: (question) => checkValues(question, []),
  feedback: (response, answer) => optionFeedback(answer, response.choices),
};
