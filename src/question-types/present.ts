import { createHash } from 'node:crypto';
import type { AnyQuestionModel, ShownOption } from './question-model.ts';
import { questionTypes, type Question } from './index.ts';

/** What the server needs to render a question, in the order it is shown. */
export interface PresentedQuestion {
  question: Question;
  /** The type's own view (its shown options, items or choices), for its `Controls.astro`. */
  view: unknown;
  /** Grades a response in the browser (`data-key`). */
  key: unknown;
  /** Changes whenever the answer could; a stored answer to another version is ignored. */
  fingerprint: string;
  /** The right answer in one line. */
  answerText: string;
  /** What a review card shows under the prompt. */
  cues: string[];
  /** Choice options with their feedback, in the order shown; empty for other types. */
  options: readonly ShownOption[];
}

export function modelOf(question: Question): AnyQuestionModel {
  return questionTypes[question.type].model;
}

/**
 * A hash of the question without its `section`: moving a question's link leaves stored answers valid,
 * any other change (a reworded option, a new explanation) asks for a new answer.
 */
export function fingerprint(question: Question): string {
  const { section: _, ...content } = question;
  return createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 12);
}

export function presentQuestion(question: Question): PresentedQuestion {
  const model = modelOf(question);
  const { view, key } = model.present(question);
  return {
    question,
    view,
    key,
    fingerprint: fingerprint(question),
    answerText: model.answerText(question, view),
    cues: model.cues(question, view),
    options: model.options(view),
  };
}
