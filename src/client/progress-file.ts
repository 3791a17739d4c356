import { isRecord } from '../shared/guards.ts';
import { sanitizeReviewStates, type ReviewStates } from './review/review-store.ts';
import { sanitizeMistakes, type Mistakes } from './quiz/mistakes.ts';
import { ANSWERS_FORMAT, sanitizeAnswers, type Answers } from './quiz/progress-store.ts';

/**
 * A student's whole progress as one JSON file, to move it to another browser or keep a copy:
 * quiz answers, flashcard and question review states, and the questions answered wrong.
 */
export interface ProgressFile {
  /** The id of the course the file comes from; another course refuses it. */
  course: string;
  /** Its title, so that a refusal can say where the file belongs. */
  courseTitle: string;
  /** 2 adds `questionMistakes`, and quiz answers in their format 2; files of format 1 still import. */
  format: 2;
  exportedAt: string;
  quizAnswers: Answers;
  reviewStates: ReviewStates;
  questionMistakes: Mistakes;
}

export type Progress = Pick<ProgressFile, 'quizAnswers' | 'reviewStates' | 'questionMistakes'>;

const { id, title } = __COURSE__;

export function createProgressFile(progress: Progress, now: Date): ProgressFile {
  return { course: id, courseTitle: title, format: 2, exportedAt: now.toISOString(), ...progress };
}

/** The file name an export is saved under: the course's id and the day. */
export function progressFileName(file: ProgressFile): string {
  return `${file.course}-progress-${file.exportedAt.slice(0, 10)}.json`;
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
  if (!isRecord(data) || typeof data['course'] !== 'string') {
    throw new ProgressFileError('This file was not exported from this course.');
  }
  if (data['course'] !== id) {
    const other =
      typeof data['courseTitle'] === 'string' ? `“${data['courseTitle']}”` : `“${data['course']}”`;
    throw new ProgressFileError(
      `This file holds progress in another course, ${other}, not in ${title}. Import it on that course's site.`,
    );
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
