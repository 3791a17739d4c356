import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import type { StoredCard } from './review-store.ts';

/**
 * Spaced repetition with FSRS (ts-fsrs). Cards are stored as JSON, so dates travel as ISO strings;
 * everything here works on that stored form ({@link StoredCard}). Only the review page loads this.
 */
export const GRADES = [
  { grade: Rating.Again, label: 'Again' },
  { grade: Rating.Hard, label: 'Hard' },
  { grade: Rating.Good, label: 'Good' },
  { grade: Rating.Easy, label: 'Easy' },
] as const satisfies ReadonlyArray<{ grade: Grade; label: string }>;

const scheduler = fsrs({ enable_fuzz: false });

function toCard(stored: StoredCard): Card {
  return {
    ...stored,
    due: new Date(stored.due),
    ...(stored.last_review === undefined ? {} : { last_review: new Date(stored.last_review) }),
  } as Card;
}

function toStored(card: Card): StoredCard {
  const { due, last_review, ...rest } = card;
  return {
    ...rest,
    due: due.toISOString(),
    ...(last_review ? { last_review: last_review.toISOString() } : {}),
  };
}

export function newCard(now: Date): StoredCard {
  return toStored(createEmptyCard(now));
}

/** The card after a review with the given grade. */
export function reviewCard(card: StoredCard | undefined, grade: Grade, now: Date): StoredCard {
  return toStored(scheduler.next(card ? toCard(card) : createEmptyCard(now), now, grade).card);
}

/** When each grade would bring the card back, for the buttons' labels. */
export function nextDueDates(card: StoredCard | undefined, now: Date): Map<Grade, Date> {
  const preview = scheduler.repeat(card ? toCard(card) : createEmptyCard(now), now);
  return new Map(GRADES.map(({ grade }) => [grade, preview[grade].card.due]));
}

/** "in 10 min", "in 3 days": how long until a date. */
export function describeInterval(from: Date, to: Date): string {
  const minutes = Math.max(1, Math.round((to.getTime() - from.getTime()) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h`;
  const days = Math.round(hours / 24);
  if (days < 31) return `${days} day${days === 1 ? '' : 's'}`;
  const months = Math.round(days / 30);
  if (months < 12) return `${months} month${months === 1 ? '' : 's'}`;
  const years = Math.round((days / 365) * 10) / 10;
  return `${years} year${years === 1 ? '' : 's'}`;
}
