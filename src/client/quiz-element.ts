import { forgetAnswers, loadAnswer, recordAnswer } from './quiz/progress-store.ts';
import { describeQuizScore } from './quiz/summary.ts';
import { loadPageModels, questionsIn, type QuestionController } from './question-controller.ts';

const models = await loadPageModels();

/**
 * Enhances a server-rendered quiz: Check buttons, feedback, score, retry, reveal and saved answers.
 * A self-marked (written) question is first compared with its model answer, then scored by the
 * points the student ticks. A wrong or partly right answer also puts the question in the review queue.
 */
class CourseQuiz extends HTMLElement {
  #questions: QuestionController[] = [];

  connectedCallback(): void {
    this.#questions = questionsIn(this, models);
    for (const question of this.#questions) {
      const stored = loadAnswer(question.id, question.fingerprint);
      if (stored && question.restore(stored.response)) {
        question.show(question.model.score(question.key, stored.response), stored.response);
      }
    }
    this.#updateScore();
    this.addEventListener('click', this.#onClick);
  }

  #check(question: QuestionController): void {
    const graded = question.grade();
    if (!graded) return;
    const { result, response } = graded;
    question.show(result, response);
    recordAnswer(
      question.id,
      { fingerprint: question.fingerprint, response, correct: result.correct, score: result.score },
      new Date(),
    );
  }

  #onClick = (event: Event): void => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
    if (!button) return;
    const fieldset = button.closest('fieldset.course-question');
    const question = this.#questions.find((candidate) => candidate.fieldset === fieldset);
    switch (button.dataset['action']) {
      case 'check':
        if (question) this.#check(question);
        break;
      case 'compare':
        if (question?.reveal())
          question.fieldset.querySelector<HTMLElement>('.course-question__answer summary')?.focus();
        break;
      case 'retry': {
        const wrong = this.#questions.filter((question) => question.result && !question.result.correct);
        for (const question of wrong) question.reset();
        forgetAnswers(wrong.map((question) => question.id));
        wrong[0]?.fieldset.querySelector<HTMLElement>('input, select, textarea')?.focus();
        break;
      }
      case 'reveal':
        for (const question of this.#questions) if (question.selfMarked) question.reveal({ always: true });
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
