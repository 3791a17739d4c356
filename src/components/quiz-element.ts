import { forgetAnswers, loadAnswer, saveAnswer } from '../lib/quiz/progress-store.ts';
import {
  describeQuizScore,
  isComplete,
  scoreResponse,
  type AnswerKey,
  type Response,
  type Result,
} from '../lib/quiz/scoring.ts';

/** One question of a quiz: its fieldset, its key and how to read and restore its controls. */
class QuizQuestion {
  readonly id: string;
  readonly fingerprint: string;
  readonly key: AnswerKey;
  result: Result | undefined;

  constructor(readonly fieldset: HTMLFieldSetElement) {
    this.id = fieldset.dataset['questionId']!;
    this.fingerprint = fieldset.dataset['fingerprint']!;
    this.key = JSON.parse(fieldset.dataset['key']!) as AnswerKey;
  }

  get #inputs(): HTMLInputElement[] {
    return [...this.fieldset.querySelectorAll<HTMLInputElement>('.course-question__controls input')];
  }

  get #selects(): HTMLSelectElement[] {
    return [...this.fieldset.querySelectorAll<HTMLSelectElement>('.course-question__controls select')];
  }

  get #feedback(): HTMLElement {
    return this.fieldset.querySelector('.course-question__feedback')!;
  }

  response(): Response {
    const checked = this.#inputs.filter((input) => input.checked).map((input) => input.value);
    switch (this.key.type) {
      case 'single':
        return { type: 'single', choice: checked[0] === undefined ? null : Number(checked[0]) };
      case 'multiple':
        return { type: 'multiple', choices: checked.map(Number) };
      case 'truefalse':
        return { type: 'truefalse', value: checked[0] === undefined ? null : checked[0] === 'true' };
      case 'ordering':
        return {
          type: 'ordering',
          positions: this.#selects.map((select) => (select.value ? Number(select.value) : null)),
        };
      case 'matching':
        return { type: 'matching', rights: this.#selects.map((select) => select.value || null) };
      case 'fillin':
        return { type: 'fillin', text: this.#inputs[0]?.value ?? '' };
    }
  }

  restore(response: Response): void {
    const values =
      response.type === 'single'
        ? [response.choice]
        : response.type === 'multiple'
          ? response.choices
          : response.type === 'truefalse'
            ? [response.value]
            : response.type === 'ordering'
              ? response.positions
              : response.type === 'matching'
                ? response.rights
                : [response.text];
    const chosen = new Set(values.map(String));
    for (const input of this.#inputs) {
      if (input.type === 'text') input.value = response.type === 'fillin' ? response.text : '';
      else input.checked = chosen.has(input.value);
    }
    this.#selects.forEach((select, i) => (select.value = String(values[i] ?? '')));
  }

  /** Grades the current answer; `undefined` when it is incomplete (the student is told what is missing). */
  check(): Result | undefined {
    const response = this.response();
    if (!isComplete(response)) {
      this.fieldset.dataset['result'] = 'incomplete';
      this.#feedback.textContent = 'Answer every part of the question before checking.';
      return undefined;
    }
    const result = scoreResponse(this.key, response);
    this.show(result, response);
    saveAnswer(this.id, {
      fingerprint: this.fingerprint,
      response,
      correct: result.correct,
      score: result.score,
    });
    return result;
  }

  /** Shows a result: the summary, the feedback of each chosen option, and the explanation. */
  show(result: Result, response: Response): void {
    this.result = result;
    this.fieldset.dataset['result'] = result.correct ? 'correct' : result.score > 0 ? 'partial' : 'wrong';
    const chosen =
      response.type === 'single' ? [response.choice] : response.type === 'multiple' ? response.choices : [];
    const optionFeedback = chosen.map(
      (index) =>
        this.fieldset.querySelector(`.course-answer [data-option="${index}"]`)?.textContent?.trim() ?? '',
    );
    const explanation = this.fieldset.querySelector('.course-answer__explanation')?.textContent ?? '';
    this.#feedback.textContent = [result.summary, ...optionFeedback, explanation].filter(Boolean).join('\n');
  }

  reset(): void {
    this.result = undefined;
    delete this.fieldset.dataset['result'];
    this.#feedback.textContent = '';
    for (const input of this.#inputs) {
      if (input.type === 'text') input.value = '';
      else input.checked = false;
    }
    for (const select of this.#selects) select.value = '';
  }
}

/** Enhances a server-rendered quiz: Check buttons, feedback, score, retry, reveal and saved answers. */
class CourseQuiz extends HTMLElement {
  #questions: QuizQuestion[] = [];

  connectedCallback(): void {
    this.#questions = [...this.querySelectorAll<HTMLFieldSetElement>('.course-question')].map(
      (fieldset) => new QuizQuestion(fieldset),
    );
    for (const question of this.#questions) {
      const stored = loadAnswer(question.id, question.fingerprint);
      if (!stored) continue;
      question.restore(stored.response);
      question.show(scoreResponse(question.key, stored.response), stored.response);
    }
    this.#updateScore();
    this.addEventListener('click', this.#onClick);
  }

  #onClick = (event: Event): void => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
    if (!button) return;
    switch (button.dataset['action']) {
      case 'check': {
        const fieldset = button.closest('fieldset');
        this.#questions.find((question) => question.fieldset === fieldset)?.check();
        break;
      }
      case 'retry': {
        const wrong = this.#questions.filter((question) => question.result && !question.result.correct);
        for (const question of wrong) question.reset();
        forgetAnswers(wrong.map((question) => question.id));
        wrong[0]?.fieldset.querySelector<HTMLElement>('input, select')?.focus();
        break;
      }
      case 'reveal':
        for (const details of this.querySelectorAll('details')) details.open = true;
        break;
    }
    this.#updateScore();
  };

  #updateScore(): void {
    const checked = this.#questions.filter((question) => question.result);
    this.querySelector('.course-quiz__score')!.textContent = describeQuizScore({
      correct: checked.filter((question) => question.result!.correct).length,
      checked: checked.length,
      total: this.#questions.length,
    });
  }
}

if (!customElements.get('course-quiz')) customElements.define('course-quiz', CourseQuiz);
