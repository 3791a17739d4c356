import { isRecord, readJson, writeJson } from '../browser-storage.ts';
import { isStoredCard, type StoredCard } from './scheduler.ts';

/** Where review progress is kept in `localStorage`. */
export const REVIEW_PROGRESS_KEY = 'crm-course:review-progress';
const FORMAT = 1;

export type ReviewStates = Record<string, StoredCard>;

/** Keeps only well-formed card states; anything else is dropped. */
export function sanitizeReviewStates(value: unknown): ReviewStates {
  if (!isRecord(value)) return {};
  return Object.fromEntries(Object.entries(value).filter(([, card]) => isStoredCard(card))) as ReviewStates;
}

export function loadReviewStates(): ReviewStates {
  const stored = readJson(REVIEW_PROGRESS_KEY);
  if (!isRecord(stored) || stored['format'] !== FORMAT) return {};
  return sanitizeReviewStates(stored['cards']);
}

export function saveReviewStates(cards: ReviewStates): boolean {
  return writeJson(REVIEW_PROGRESS_KEY, { format: FORMAT, cards });
}
