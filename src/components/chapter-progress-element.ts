import { countCorrect } from '../lib/quiz/progress-store.ts';

/** Shows how many of a chapter's quiz questions the student last answered correctly. */
class CourseChapterProgress extends HTMLElement {
  connectedCallback(): void {
    const questions = (this.dataset['questions'] ?? '')
      .split(' ')
      .filter(Boolean)
      .map((entry) => {
        const [id = '', fingerprint = ''] = entry.split(':');
        return { id, fingerprint };
      });
    const correct = countCorrect(questions);
    this.textContent = `${correct} of ${questions.length} quiz questions answered correctly`;
    this.dataset['complete'] = String(correct === questions.length);
  }
}

if (!customElements.get('course-chapter-progress')) {
  customElements.define('course-chapter-progress', CourseChapterProgress);
}
