import type { Grade } from 'ts-fsrs';
import { questionCardId, reviewQueue } from './review/review-queue.ts';
import { storagePersisted } from './browser-storage.ts';
import { loadReviewStates, saveReviewStates, type ReviewStates } from './review/review-store.ts';
import { describeInterval, nextDueDates, reviewCard } from './review/scheduler.ts';
import { createProgressFile, parseProgressFile, progressFileName } from './progress-file.ts';
import { loadMistakes, mergeMistakes } from './quiz/mistakes.ts';
import { loadAnswers, mergeAnswers } from './quiz/progress-store.ts';

interface CardView {
  chapter: string;
  front: string;
  /** A question's options or items, shown with its prompt. */
  cuesHtml: string;
  backHtml: string;
}

/**
 * Turns the server-rendered list of cards into a spaced-repetition session scheduled by FSRS. Quiz
 * questions answered wrong (in a chapter or the exam) join it as cards that are due at once.
 */
class CourseReview extends HTMLElement {
  #cards = new Map<string, CardView>();
  #cardIds: string[] = [];
  #questionIds: string[] = [];
  #states: ReviewStates = {};
  #current: string | undefined;

  connectedCallback(): void {
    for (const item of this.querySelectorAll<HTMLElement>('[data-card-id]')) {
      this.#cardIds.push(item.dataset['cardId']!);
      this.#cards.set(item.dataset['cardId']!, {
        chapter: item.dataset['chapter'] ?? '',
        front: item.querySelector('summary')?.textContent ?? '',
        cuesHtml: '',
        backHtml: item.querySelector('.course-review__list-back')?.innerHTML ?? '',
      });
    }
    const questions = this.querySelector<HTMLTemplateElement>('.course-review__questions')?.content;
    for (const item of questions?.querySelectorAll<HTMLElement>('[data-question-id]') ?? []) {
      this.#questionIds.push(item.dataset['questionId']!);
      this.#cards.set(questionCardId(item.dataset['questionId']!), {
        chapter: item.dataset['chapter'] ?? '',
        front: item.querySelector('.course-review__question-prompt')?.textContent ?? '',
        cuesHtml: item.querySelector('.course-review__cues')?.innerHTML ?? '',
        backHtml: item.querySelector('.course-review__question-back')?.innerHTML ?? '',
      });
    }
    this.#states = loadReviewStates();
    this.addEventListener('click', this.#onClick);
    this.querySelector('input[data-action="import"]')?.addEventListener('change', this.#onImport);
    this.#next(false);
    void this.#showPersistence();
  }

  #el<T extends HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  /** Shows the next card: the most overdue card or question, otherwise a new card. */
  #next(moveFocus: boolean): void {
    const now = new Date();
    const queue = reviewQueue(this.#cardIds, this.#questionIds, this.#states, loadMistakes(), now);
    this.#el('.course-review__counts').textContent =
      `${queue.due.length} due, ${queue.fresh.length} new, ${this.#cardIds.length} cards in all.`;
    this.#current = queue.due[0] ?? queue.fresh[0];
    const card = this.#current ? this.#cards.get(this.#current) : undefined;
    this.#el('.course-review__card').hidden = !card;
    this.#el('.course-review__done').hidden = Boolean(card);
    if (!card) return;
    this.#el('.course-review__chapter').textContent = card.chapter;
    this.#el('.course-review__front').textContent = card.front;
    const cues = this.#el('.course-review__cues');
    cues.innerHTML = card.cuesHtml;
    cues.hidden = card.cuesHtml === '';
    const back = this.#el('.course-review__back');
    back.innerHTML = card.backHtml;
    back.hidden = true;
    this.#el('.course-review__grades').hidden = true;
    this.#el('[data-action="show"]').hidden = false;
    const dates = nextDueDates(this.#states[this.#current!], now);
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-grade]')) {
      const due = dates.get(Number(button.dataset['grade']) as Grade);
      button.querySelector('.course-review__interval')!.textContent = due ? describeInterval(now, due) : '';
    }
    if (moveFocus) this.#el('.course-review__front').focus();
  }

  #onClick = (event: Event): void => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button');
    if (!button) return;
    if (button.dataset['action'] === 'export') {
      this.#export();
    } else if (!this.#current) {
      return;
    } else if (button.dataset['action'] === 'show') {
      this.#el('.course-review__back').hidden = false;
      this.#el('.course-review__grades').hidden = false;
      button.hidden = true;
      this.#el<HTMLButtonElement>('[data-grade="3"]').focus();
    } else if (button.dataset['grade']) {
      const grade = Number(button.dataset['grade']) as Grade;
      this.#states[this.#current] = reviewCard(this.#states[this.#current], grade, new Date());
      if (!saveReviewStates(this.#states))
        this.#say('Progress cannot be saved in this browser; it lasts until you leave the page.');
      this.#next(true);
      void this.#showPersistence();
    }
  };

  #export(): void {
    const file = createProgressFile(
      { quizAnswers: loadAnswers(), reviewStates: this.#states, questionMistakes: loadMistakes() },
      new Date(),
    );
    const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = progressFileName(file);
    link.click();
    URL.revokeObjectURL(url);
    this.#say('Progress exported.');
  }

  #onImport = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    try {
      const { quizAnswers, reviewStates, questionMistakes } = parseProgressFile(await file.text());
      this.#states = { ...this.#states, ...reviewStates };
      const saved = [
        saveReviewStates(this.#states),
        mergeAnswers(quizAnswers),
        mergeMistakes(questionMistakes),
      ].every(Boolean);
      const mistakes = Object.keys(questionMistakes).length;
      this.#say(
        `Imported ${Object.keys(quizAnswers).length} quiz answers and ${Object.keys(reviewStates).length} card reviews` +
          (mistakes > 0 ? `, with ${mistakes} questions to review.` : '.') +
          (saved ? '' : ' This browser cannot store them, so they last until you leave the page.'),
      );
      this.#next(false);
    } catch (error) {
      this.#say(error instanceof Error ? error.message : 'This file could not be read.');
    } finally {
      input.value = '';
    }
  };

  /** Next to the export button: whether the browser may clear progress that has not been exported. */
  async #showPersistence(): Promise<void> {
    const persisted = await storagePersisted();
    if (persisted === undefined) return;
    this.#el('.course-review__persistence').textContent = persisted
      ? 'Your progress is stored persistently in this browser.'
      : 'Your progress may be cleared by the browser when space runs low; export it to keep a copy.';
  }

  #say(message: string): void {
    this.#el('.course-review__message').textContent = message;
  }
}

if (!customElements.get('course-review')) customElements.define('course-review', CourseReview);
