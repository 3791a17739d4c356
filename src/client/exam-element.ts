import { loadExamState, saveExamState, type ExamResult } from './quiz/exam-store.ts';
import { drawExam, newExamSeed } from '../shared/exam.ts';
import { recordMistakes } from './quiz/mistakes.ts';
import { describeCountdown, describeExamScore, timeLeftAnnouncement } from './quiz/summary.ts';
import type { Result } from '../question-types/define.ts';
import { loadPageModels, questionsIn, type QuestionController } from './question-controller.ts';

const models = await loadPageModels();

interface ChapterInfo {
  slug: string;
  title: string;
  href: string;
}

const NOT_ANSWERED: Result = { correct: false, score: 0, summary: 'Not answered.' };

/**
 * The practice exam: draws a set of questions from every chapter (the same set again after a
 * reload), grades them all on hand-in, and puts the wrong ones in the review queue.
 */
class CourseExam extends HTMLElement {
  #questions = new Map<string, QuestionController>();
  #drawn: QuestionController[] = [];
  #chapters: ChapterInfo[] = [];
  #seed = '';
  #deadline: number | undefined;
  #tick: ReturnType<typeof setInterval> | undefined;
  #announced = new Set<string>();

  connectedCallback(): void {
    for (const question of questionsIn(this, models)) this.#questions.set(question.id, question);
    this.#chapters = JSON.parse(this.dataset['chapters'] ?? '[]') as ChapterInfo[];
    this.#draw(loadExamState().seed ?? this.dataset['seed']!);
    this.addEventListener('click', this.#onClick);
    this.querySelector('[data-action="timer"]')?.addEventListener('change', this.#onTimer);
  }

  disconnectedCallback(): void {
    clearInterval(this.#tick);
  }

  #el<T extends HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  /** Shows the questions the seed draws, numbered, and their answer keys; hides the others. */
  #draw(seed: string): void {
    this.#seed = seed;
    const ids = new Set(
      drawExam(
        [...this.#questions.values()].map(({ id, chapter }) => ({ id, chapter })),
        { size: Number(this.dataset['size']), perChapterMinimum: Number(this.dataset['perChapterMinimum']) },
        seed,
      ),
    );
    this.#drawn = [...this.#questions.values()].filter((question) => ids.has(question.id));
    for (const question of this.#questions.values()) question.fieldset.hidden = !ids.has(question.id);
    for (const item of this.querySelectorAll<HTMLElement>('.course-answer-key [data-question-id]')) {
      item.hidden = !ids.has(item.dataset['questionId']!);
    }
    this.#drawn.forEach((question, i) => {
      question.fieldset.querySelector('.course-question__number')!.textContent = `${i + 1}.`;
    });
  }

  #onClick = (event: Event): void => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
    if (!button) return;
    if (button.dataset['action'] === 'hand-in') this.#handIn();
    else if (button.dataset['action'] === 'new') this.#newExam();
  };

  #handIn({ timeUp = false } = {}): void {
    this.#stopTimer();
    const now = new Date();
    const chapters: ExamResult['chapters'] = {};
    const wrong: QuestionController[] = [];
    for (const question of this.#drawn) {
      const response = question.response();
      const result = question.model.isComplete(response)
        ? question.model.score(question.key, response)
        : NOT_ANSWERED;
      question.show(result);
      question.fieldset.disabled = true;
      const score = (chapters[question.chapter] ??= { correct: 0, total: 0 });
      score.total++;
      if (result.correct) score.correct++;
      else wrong.push(question);
    }
    const result: ExamResult = {
      at: now.toISOString(),
      correct: this.#drawn.length - wrong.length,
      total: this.#drawn.length,
      chapters,
    };
    const saved =
      saveExamState({ seed: this.#seed, last: result }) &&
      recordMistakes(
        wrong.map((q) => q.id),
        now,
      );
    this.#showResult(result, wrong, saved, timeUp);
    this.#el<HTMLButtonElement>('[data-action="hand-in"]').disabled = true;
  }

  #showResult(result: ExamResult, wrong: QuestionController[], saved: boolean, timeUp: boolean): void {
    const summary = (timeUp ? 'Time is up. ' : '') + describeExamScore(result, wrong.length > 0);
    this.#el('.course-exam__score').textContent =
      summary + (saved ? '' : ' This browser cannot store your result or the questions to review.');
    const list = this.#el('.course-exam__chapters');
    list.replaceChildren(
      ...this.#chapters
        .filter((chapter) => result.chapters[chapter.slug])
        .map((chapter) => {
          const { correct, total } = result.chapters[chapter.slug]!;
          const item = document.createElement('li');
          const link = document.createElement('a');
          link.href = chapter.href;
          link.textContent = chapter.title;
          item.append(link, `: ${correct} of ${total} correct.`);
          const sections = new Map<string, string>();
          for (const question of wrong.filter((q) => q.chapter === chapter.slug)) {
            const section = question.fieldset.querySelector<HTMLAnchorElement>('.course-answer__section a');
            if (section) sections.set(section.href, section.textContent ?? '');
          }
          if (sections.size > 0) {
            item.append(' Re-read: ');
            [...sections].forEach(([href, title], i) => {
              const reread = document.createElement('a');
              reread.href = href;
              reread.textContent = title;
              item.append(...(i > 0 ? [', '] : []), reread);
            });
          }
          return item;
        }),
    );
    const section = this.#el('.course-exam__result');
    section.hidden = false;
    this.#say(summary);
    this.#el('#exam-result').focus();
  }

  #newExam(): void {
    this.#stopTimer();
    const seed = newExamSeed();
    saveExamState({ ...loadExamState(), seed });
    for (const question of this.#questions.values()) {
      question.reset();
      question.fieldset.disabled = false;
    }
    this.#draw(seed);
    this.#el('.course-exam__result').hidden = true;
    this.#el<HTMLButtonElement>('[data-action="hand-in"]').disabled = false;
    this.#say(`A new exam of ${this.#drawn.length} questions is ready.`);
    this.#drawn[0]?.fieldset.querySelector<HTMLElement>('input, select')?.focus();
  }

  #onTimer = (event: Event): void => {
    if ((event.target as HTMLInputElement).checked) this.#startTimer();
    else this.#stopTimer();
  };

  #startTimer(): void {
    this.#deadline = Date.now() + Number(this.dataset['minutes']) * 60_000;
    this.#announced.clear();
    this.#el('.course-exam__clock').hidden = false;
    this.#updateClock();
    this.#tick = setInterval(() => this.#updateClock(), 1000);
  }

  #stopTimer(): void {
    clearInterval(this.#tick);
    this.#tick = undefined;
    this.#deadline = undefined;
    this.#el('.course-exam__clock').hidden = true;
    this.#el<HTMLInputElement>('[data-action="timer"]').checked = false;
  }

  /** Shows the time left every second; announces only a few moments, and hands in at zero. */
  #updateClock(): void {
    if (this.#deadline === undefined) return;
    const seconds = Math.max(0, Math.round((this.#deadline - Date.now()) / 1000));
    this.#el('.course-exam__clock').textContent = describeCountdown(seconds);
    const announcement = timeLeftAnnouncement(seconds);
    if (announcement && !this.#announced.has(announcement)) {
      this.#announced.add(announcement);
      this.#say(announcement);
    }
    if (seconds === 0) this.#handIn({ timeUp: true });
  }

  #say(message: string): void {
    this.#el('.course-exam__announcer').textContent = message;
  }
}

if (!customElements.get('course-exam')) customElements.define('course-exam', CourseExam);
