import { isRecord, keepWellFormed } from '../../shared/guards.ts';
import { readJson, storageKey, writeJson } from '../browser-storage.ts';

/** Where review progress is kept in `localStorage`. */
const STORE = 'review-progress';
/** The full `localStorage` key, for tests. */
export const REVIEW_PROGRESS_KEY = storageKey(STORE);
const FORMAT = 1;

/** A card's FSRS state as JSON: ts-fsrs's `Card` with its dates as ISO strings. */
export interface StoredCard {
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  /** ts-fsrs's `State`: 0 new, 1 learning, 2 review, 3 relearning. */
  state: number;
  last_review?: string;
}

/** Card id (a flashcard's, or `question:<id>` for a quiz question) → its state. */
export type ReviewStates = Record<string, StoredCard>;

const isDate = (value: unknown) => typeof value === 'string' && !Number.isNaN(Date.parse(value));

export function isStoredCard(value: unknown): value is StoredCard {
  if (!isRecord(value)) return false;
  return (
    isDate(value['due']) &&
    ['stability', 'difficulty', 'elapsed_days', 'scheduled_days', 'learning_steps', 'reps', 'lapses'].every(
      (field) => typeof value[field] === 'number' && Number.isFinite(value[field]),
    ) &&
    Number.isInteger(value['state']) &&
    (value['state'] as number) >= 0 &&
    (value['state'] as number) <= 3 &&
    (value['last_review'] === undefined || isDate(value['last_review']))
  );
}

/** Keeps only well-formed card states; anything else is dropped. */
export function sanitizeReviewStates(value: unknown): ReviewStates {
  return keepWellFormed(value, isStoredCard);
}

export function loadReviewStates(): ReviewStates {
  const stored = readJson(STORE);
  if (!isRecord(stored) || stored['format'] !== FORMAT) return {};
  return sanitizeReviewStates(stored['cards']);
}

export function saveReviewStates(cards: ReviewStates): boolean {
  return writeJson(STORE, { format: FORMAT, cards });
}
