import type { AnyQuestionModel, Result } from '../question-types/question-model.ts';
import { loadModel } from '../question-types/load-model.ts';

const INCOMPLETE = 'Answer every part of the question before checking.';

/**
 * One server-rendered question (a `.course-question` fieldset) in the browser: reads, restores and
 * clears the student's response, grades it and says what to show, all through its type's model, so
 * that it knows nothing of the type's controls. Used by the chapter quizzes and the practice exam.
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

  get #feedback(): HTMLElement {
    return this.fieldset.querySelector('.course-question__feedback')!;
  }

  get #answer(): HTMLDetailsElement | null {
    return this.fieldset.querySelector('details.course-question__answer');
  }

  /** Whether the student marks this question themselves against its model answer. */
  get selfMarked(): boolean {
    return Boolean(this.model.selfMarked);
  }

  response(): { type: string } {
    return this.model.read(this.fieldset);
  }

  /** Puts a stored response back, if it is a well-formed response of this question's type. */
  restore(response: { type: string }): boolean {
    if (!this.model.isResponse(response)) return false;
    this.model.restore(this.fieldset, response);
    return true;
  }

  /** Whether there is an answer to check; if not, the student is told what is missing. */
  #complete(response: { type: string }): boolean {
    if (this.model.isComplete(response)) return true;
    this.fieldset.dataset['result'] = 'incomplete';
    this.#feedback.textContent = this.model.incomplete ?? INCOMPLETE;
    return false;
  }

  /**
   * Opens the answer for a self-marked question: its model answer and the points to tick. Unless
   * `always`, only once the student has answered (and otherwise tells them to answer first).
   */
  reveal({ always = false } = {}): boolean {
    if (!always && !this.#complete(this.response())) return false;
    if (this.fieldset.dataset['result'] === 'incomplete') {
      delete this.fieldset.dataset['result'];
      this.#feedback.textContent = '';
    }
    this.fieldset.dataset['revealed'] = '';
    if (this.#answer) this.#answer.open = true;
    return true;
  }

  /** Grades the current answer; `undefined` when it is incomplete (and the student is told so). */
  grade(): { result: Result; response: { type: string } } | undefined {
    const response = this.response();
    if (!this.#complete(response)) return undefined;
    return { result: this.model.score(this.key, response), response };
  }

  /** Shows a result: the summary, what the type says about the response, and the explanation. */
  show(result: Result, response: { type: string } = this.response()): void {
    this.result = result;
    if (this.selfMarked) this.reveal({ always: true });
    this.fieldset.dataset['result'] = result.correct ? 'correct' : result.score > 0 ? 'partial' : 'wrong';
    const answer = this.fieldset.querySelector('.course-answer');
    const said = answer && this.model.isResponse(response) ? this.model.feedback(response, answer) : [];
    const explanation = this.fieldset.querySelector('.course-answer__explanation')?.textContent ?? '';
    this.#feedback.textContent = [result.summary, ...said, explanation].filter(Boolean).join('\n');
  }

  /** Locks the answer once handed in; a self-marked question keeps its marks open until scored. */
  lock(): void {
    if (!this.selfMarked) {
      this.fieldset.disabled = true;
      return;
    }
    for (const control of this.fieldset.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
      '.course-question__controls :is(input, textarea)',
    ))
      control.disabled = true;
  }

  /** Locks the marks of a self-marked question once scored. */
  lockMarks(): void {
    for (const control of this.fieldset.querySelectorAll<HTMLInputElement | HTMLButtonElement>(
      '.course-answer :is(input, button)',
    ))
      control.disabled = true;
  }

  reset(): void {
    this.result = undefined;
    delete this.fieldset.dataset['result'];
    delete this.fieldset.dataset['revealed'];
    this.#feedback.textContent = '';
    this.model.clear(this.fieldset);
    this.fieldset.disabled = false;
    for (const control of this.fieldset.querySelectorAll<HTMLInputElement>(':disabled'))
      control.disabled = false;
    if (this.selfMarked && this.#answer) this.#answer.open = false;
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
