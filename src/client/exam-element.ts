import { loadExamState, saveExamState, type ExamResult } from './quiz/exam-store.ts';
import { drawExam, drawWritten, newExamSeed } from '../shared/exam.ts';
import { recordMistakes } from './quiz/mistakes.ts';
import { describeCountdown, describeExamScore, timeLeftAnnouncement } from './quiz/summary.ts';
import type { Result } from '../question-types/question-model.ts';
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
 * reload), grades them all on hand-in, and puts the wrong ones in the review queue. Its written part,
 * as many written questions as the student asks for, is marked by the student after hand-in: each
 * written answer counts, in the total and its chapter's score, once scored.
 */
class CourseExam extends HTMLElement {
  #questions = new Map<string, QuestionController>();
  #written = new Map<string, QuestionController>();
  #drawn: QuestionController[] = [];
  #drawnWritten: QuestionController[] = [];
  #chapters: ChapterInfo[] = [];
  #seed = '';
  #writtenCount = 0;
  /** The result handed in, while written answers wait to be marked; the wrong ones so far. */
  #result: ExamResult | undefined;
  #wrong: QuestionController[] = [];
  #deadline: number | undefined;
  #tick: ReturnType<typeof setInterval> | undefined;
  #announced = new Set<string>();

  connectedCallback(): void {
    for (const question of questionsIn(this, models)) {
      (question.selfMarked ? this.#written : this.#questions).set(question.id, question);
    }
    this.#chapters = JSON.parse(this.dataset['chapters'] ?? '[]') as ChapterInfo[];
    const state = loadExamState();
    this.#writtenCount = Math.min(state.written ?? 0, this.#written.size);
    this.#writtenSelect.value = String(this.#writtenCount);
    this.#draw(state.seed ?? this.dataset['seed']!);
    this.addEventListener('click', this.#onClick);
    this.querySelector('[data-action="timer"]')?.addEventListener('change', this.#onTimer);
    this.#writtenSelect.addEventListener('change', this.#onWrittenCount);
  }

  disconnectedCallback(): void {
    clearInterval(this.#tick);
  }

  #el<T extends HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  get #writtenSelect(): HTMLSelectElement {
    return this.#el<HTMLSelectElement>('select[data-action="written"]');
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
    this.#drawWrittenPart();
  }

  /** Shows the written questions the seed draws for the count chosen, numbered after the others. */
  #drawWrittenPart(): void {
    const ids = new Set(
      drawWritten(
        [...this.#written.values()].map(({ id, chapter }) => ({ id, chapter })),
        this.#writtenCount,
        this.#seed,
      ),
    );
    this.#drawnWritten = [...this.#written.values()].filter((question) => ids.has(question.id));
    for (const question of this.#written.values()) question.fieldset.hidden = !ids.has(question.id);
    this.#el('.course-exam__written').hidden = this.#drawnWritten.length === 0;
    const shown = new Set([...this.#drawn, ...this.#drawnWritten].map((question) => question.id));
    for (const item of this.querySelectorAll<HTMLElement>('.course-answer-key [data-question-id]')) {
      item.hidden = !shown.has(item.dataset['questionId']!);
    }
    for (const group of this.querySelectorAll<HTMLElement>('.course-answer-key__quiz')) {
      group.hidden = !group.querySelector('li:not([hidden])');
    }
    [...this.#drawn, ...this.#drawnWritten].forEach((question, i) => {
      question.fieldset.querySelector('.course-question__number')!.textContent = `${i + 1}.`;
    });
  }

  #onWrittenCount = (): void => {
    this.#writtenCount = Number(this.#writtenSelect.value);
    saveExamState({ ...loadExamState(), written: this.#writtenCount });
    this.#drawWrittenPart();
  };

  #onClick = (event: Event): void => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
    if (!button) return;
    if (button.dataset['action'] === 'hand-in') this.#handIn();
    else if (button.dataset['action'] === 'new') this.#newExam();
    else if (button.dataset['action'] === 'check') {
      const question = this.#written.get(
        button.closest<HTMLElement>('fieldset.course-question')?.dataset['questionId'] ?? '',
      );
      if (question && this.#result) this.#markWritten(question);
    }
  };

  #handIn({ timeUp = false } = {}): void {
    this.#stopTimer();
    const result: ExamResult = { at: new Date().toISOString(), correct: 0, total: 0, chapters: {} };
    this.#result = result;
    this.#wrong = [];
    for (const question of this.#drawn) {
      const response = question.response();
      const graded = question.model.isComplete(response)
        ? question.model.score(question.key, response)
        : NOT_ANSWERED;
      question.show(graded, response);
      question.lock();
      this.#count(question, graded);
    }
    // A written answer is counted once its student has marked it; one left empty counts as wrong now.
    for (const question of this.#drawnWritten) {
      question.lock();
      if (question.model.isComplete(question.response())) {
        question.reveal({ always: true });
      } else {
        question.show(NOT_ANSWERED);
        question.lockMarks();
        this.#count(question, NOT_ANSWERED);
      }
    }
    const saved = this.#save(this.#wrong);
    this.#showResult(saved, timeUp);
    this.#el<HTMLButtonElement>('[data-action="hand-in"]').disabled = true;
    this.#writtenSelect.disabled = true;
    this.#el('#exam-result').focus();
  }

  /** Adds a graded question to the result: its total, its chapter's score, the questions to review. */
  #count(question: QuestionController, graded: Result): void {
    const result = this.#result!;
    const score = (result.chapters[question.chapter] ??= { correct: 0, total: 0 });
    result.total++;
    score.total++;
    if (graded.correct) {
      result.correct++;
      score.correct++;
    } else this.#wrong.push(question);
  }

  /** Keeps the result, and sends the questions newly answered wrong to the review page. */
  #save(wrong: QuestionController[]): boolean {
    const at = new Date(this.#result!.at);
    return (
      saveExamState({ ...loadExamState(), seed: this.#seed, last: this.#result! }) &&
      recordMistakes(
        wrong.map((question) => question.id),
        at,
      )
    );
  }

  /** Scores a written answer by the points its student ticked, and counts it in the result. */
  #markWritten(question: QuestionController): void {
    if (question.result) return;
    const response = question.response();
    const graded = question.model.score(question.key, response);
    question.show(graded, response);
    question.lockMarks();
    this.#count(question, graded);
    const saved = this.#save(graded.correct ? [] : [question]);
    this.#showResult(saved, false);
  }

  /** Written answers handed in and not yet marked. */
  get #toMark(): number {
    return this.#drawnWritten.filter((question) => !question.result).length;
  }

  #showResult(saved: boolean, timeUp: boolean): void {
    const result = this.#result!;
    const summary =
      (timeUp ? 'Time is up. ' : '') + describeExamScore(result, this.#wrong.length > 0, this.#toMark);
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
          for (const question of this.#wrong.filter((q) => q.chapter === chapter.slug)) {
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
    this.#el('.course-exam__result').hidden = false;
    this.#say(summary);
  }

  #newExam(): void {
    this.#stopTimer();
    this.#result = undefined;
    const seed = newExamSeed();
    saveExamState({ ...loadExamState(), seed });
    for (const question of [...this.#questions.values(), ...this.#written.values()]) question.reset();
    this.#draw(seed);
    this.#el('.course-exam__result').hidden = true;
    this.#el<HTMLButtonElement>('[data-action="hand-in"]').disabled = false;
    this.#writtenSelect.disabled = false;
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
