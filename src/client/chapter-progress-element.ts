import { reviewQueue } from './review/review-queue.ts';
import { loadReviewStates } from './review/review-store.ts';
import { loadExamState } from './quiz/exam-store.ts';
import { loadMistakes } from './quiz/mistakes.ts';
import { countCorrect } from './quiz/progress-store.ts';

const ids = (list: string | undefined) => (list ?? '').split(' ').filter(Boolean);

/**
 * A chapter's progress on the home page: quiz questions last answered correctly, the chapter's share
 * of the last practice exam, and how many of its cards and questions are due for review.
 */
class CourseChapterProgress extends HTMLElement {
  connectedCallback(): void {
    const questions = ids(this.dataset['questions']).map((entry) => {
      const [id = '', fingerprint = ''] = entry.split(':');
      return { id, fingerprint };
    });
    const correct = countCorrect(questions);
    const exam = loadExamState().last?.chapters[this.dataset['chapter'] ?? ''];
    const due = reviewQueue(
      ids(this.dataset['cards']),
      questions.map((question) => question.id),
      loadReviewStates(),
      loadMistakes(),
      new Date(),
    ).due.length;
    this.textContent = [
      `${correct} of ${questions.length} quiz questions answered correctly`,
      ...(exam ? [`last exam: ${exam.correct} of ${exam.total}`] : []),
      `${due} ${due === 1 ? 'card' : 'cards'} due for review`,
    ].join(' · ');
    this.dataset['complete'] = String(correct === questions.length);
  }
}

if (!customElements.get('course-chapter-progress')) {
  customElements.define('course-chapter-progress', CourseChapterProgress);
}
