import { isRecord } from './browser-storage.ts';
import { sanitizeReviewStates, type ReviewStates } from './flashcards/review-store.ts';
import type { StoredAnswer } from './quiz/progress-store.ts';

/**
 * A student's whole progress as one JSON file, to move it to another browser or keep a copy:
 * quiz answers and flashcard review states.
 */
export interface ProgressFile {
  course: 'crm-course';
  format: 1;
  exportedAt: string;
  quizAnswers: Record<string, StoredAnswer>;
  reviewStates: ReviewStates;
}

export function createProgressFile(
  quizAnswers: Record<string, StoredAnswer>,
  reviewStates: ReviewStates,
  now: Date,
): ProgressFile {
  return { course: 'crm-course', format: 1, exportedAt: now.toISOString(), quizAnswers, reviewStates };
}

export class ProgressFileError extends Error {}

/** Reads an exported file, keeping every well-formed entry; throws with a reason a student can act on. */
export function parseProgressFile(text: string): Pick<ProgressFile, 'quizAnswers' | 'reviewStates'> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ProgressFileError('This file is not JSON. Choose a file exported from this course.');
  }
  if (!isRecord(data) || data['course'] !== 'crm-course') {
    throw new ProgressFileError('This file was not exported from this course.');
  }
  if (data['format'] !== 1) {
    throw new ProgressFileError(
      'This file comes from a newer version of the course; update the page and try again.',
    );
  }
  const answers = isRecord(data['quizAnswers']) ? data['quizAnswers'] : {};
  return {
    quizAnswers: Object.fromEntries(
      Object.entries(answers).filter(
        ([, answer]) =>
          isRecord(answer) &&
          typeof answer['fingerprint'] === 'string' &&
          typeof answer['correct'] === 'boolean' &&
          typeof answer['score'] === 'number' &&
          isRecord(answer['response']),
      ),
    ) as Record<string, StoredAnswer>,
    reviewStates: sanitizeReviewStates(data['reviewStates']),
  };
}
