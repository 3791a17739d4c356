import { isRecord } from './browser-storage.ts';
import { sanitizeReviewStates, type ReviewStates } from './flashcards/review-store.ts';
import { sanitizeMistakes, type Mistakes } from './quiz/mistakes.ts';
import { ANSWERS_FORMAT, sanitizeAnswers, type Answers } from './quiz/progress-store.ts';

/**
 * A student's whole progress as one JSON file, to move it to another browser or keep a copy:
 * quiz answers, flashcard and question review states, and the questions answered wrong.
 */
export interface ProgressFile {
  course: 'crm-course';
  /** 2 adds `questionMistakes`, and quiz answers in their format 2; files of format 1 still import. */
  format: 2;
  exportedAt: string;
  quizAnswers: Answers;
  reviewStates: ReviewStates;
  questionMistakes: Mistakes;
}

export type Progress = Pick<ProgressFile, 'quizAnswers' | 'reviewStates' | 'questionMistakes'>;

export function createProgressFile(progress: Progress, now: Date): ProgressFile {
  return { course: 'crm-course', format: 2, exportedAt: now.toISOString(), ...progress };
}

export class ProgressFileError extends Error {}

/** Reads an exported file, keeping every well-formed entry; throws with a reason a student can act on. */
export function parseProgressFile(text: string): Progress {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ProgressFileError('This file is not JSON. Choose a file exported from this course.');
  }
  if (!isRecord(data) || data['course'] !== 'crm-course') {
    throw new ProgressFileError('This file was not exported from this course.');
  }
  if (data['format'] !== 1 && data['format'] !== 2) {
    throw new ProgressFileError(
      'This file comes from a newer version of the course; update the page and try again.',
    );
  }
  return {
    quizAnswers: sanitizeAnswers(data['quizAnswers'], data['format'] === 1 ? 1 : ANSWERS_FORMAT),
    reviewStates: sanitizeReviewStates(data['reviewStates']),
    questionMistakes: sanitizeMistakes(data['questionMistakes']),
  };
}
