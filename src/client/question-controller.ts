import type { AnyQuestionModel, Result } from '../question-types/define.ts';
import { loadModel } from '../question-types/models.ts';

/**
 * One server-rendered question (a `.course-question` fieldset) in the browser: reads and restores
 * the student's response through its type's model, grades it, and shows the feedback. Used by the
 * chapter quizzes and the practice exam.
 */
export class QuestionController {
  readonly id: string;
  readonly fingerprint: string;
  readonly chapter: string;
  readonly key: unknown;
  result: Result | undefined;

  constructor(
    readonly fieldset: HTMLFieldSetElement,
    readonly model: AnyQuestionModel,
  ) {
    this.id = fieldset.dataset['questionId']!;
    this.fingerprint = fieldset.dataset['fingerprint']!;
    this.chapter = fieldset.dataset['chapter'] ?? '';
    this.key = JSON.parse(fieldset.dataset['key']!) as unknown;
  }

  get #controls(): Element {
    return this.fieldset.querySelector('.course-question__controls')!;
  }

  get #feedback(): HTMLElement {
    return this.fieldset.querySelector('.course-question__feedback')!;
  }

  response(): { type: string } {
    return this.model.read(this.#controls);
  }

  /** Puts a stored response back, if it is a well-formed response of this question's type. */
  restore(response: { type: string }): boolean {
    if (!this.model.isResponse(response)) return false;
    this.model.restore(this.#controls, response);
    return true;
  }

  /** Grades the current answer; `undefined` when it is incomplete (and the student is told so). */
  grade(): { result: Result; response: { type: string } } | undefined {
    const response = this.response();
    if (!this.model.isComplete(response)) {
      this.fieldset.dataset['result'] = 'incomplete';
      this.#feedback.textContent = 'Answer every part of the question before checking.';
      return undefined;
    }
    return { result: this.model.score(this.key, response), response };
  }

  /** Shows a result: the summary, the feedback of each chosen option, and the explanation. */
  show(result: Result): void {
    this.result = result;
    this.fieldset.dataset['result'] = result.correct ? 'correct' : result.score > 0 ? 'partial' : 'wrong';
    const optionFeedback = [...this.#controls.querySelectorAll<HTMLInputElement>('input:checked')].map(
      (input) =>
        this.fieldset.querySelector(`.course-answer [data-option="${input.value}"]`)?.textContent?.trim() ??
        '',
    );
    const explanation = this.fieldset.querySelector('.course-answer__explanation')?.textContent ?? '';
    this.#feedback.textContent = [result.summary, ...optionFeedback, explanation].filter(Boolean).join('\n');
  }

  reset(): void {
    this.result = undefined;
    delete this.fieldset.dataset['result'];
    this.#feedback.textContent = '';
    for (const input of this.fieldset.querySelectorAll<HTMLInputElement>('input')) {
      if (input.type === 'text') input.value = '';
      else input.checked = false;
    }
    for (const select of this.fieldset.querySelectorAll('select')) select.value = '';
  }
}

/**
 * The models of the question types this page shows. The quiz and exam elements load them before
 * they are defined, so that their buttons appear (`:defined`) only once they work.
 */
export async function loadPageModels(): Promise<Map<string, AnyQuestionModel>> {
  const types = new Set(
    [...document.querySelectorAll<HTMLElement>('.course-question')].map(
      (fieldset) => fieldset.dataset['type']!,
    ),
  );
  return new Map(await Promise.all([...types].map(async (type) => [type, await loadModel(type)] as const)));
}

/** Every question inside an element. */
export function questionsIn(root: Element, models: Map<string, AnyQuestionModel>): QuestionController[] {
  return [...root.querySelectorAll<HTMLFieldSetElement>('.course-question')].map(
    (fieldset) => new QuestionController(fieldset, models.get(fieldset.dataset['type']!)!),
  );
}
