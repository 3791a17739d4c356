import type { Mistakes } from '../quiz/mistakes.ts';
import type { ReviewStates } from './review-store.ts';

/** Quiz questions are reviewed like cards, under this prefix, next to the flashcards' states. */
export const questionCardId = (questionId: string) => `question:${questionId}`;

/**
 * When a card is due. A question answered wrong after its last review is due from that moment,
 * whatever FSRS had planned; otherwise FSRS's date holds. Cards never seen have no date.
 */
export function dueDate(cardId: string, states: ReviewStates, mistakes: Mistakes): Date | undefined {
  const state = states[cardId];
  const mistake = cardId.startsWith('question:') ? mistakes[cardId.slice('question:'.length)] : undefined;
  if (mistake && (!state?.last_review || Date.parse(mistake) > Date.parse(state.last_review))) {
    return new Date(mistake);
  }
  return state ? new Date(state.due) : undefined;
}

export interface ReviewQueue {
  /** Cards and questions whose time has come, most overdue first. */
  due: string[];
  /** Flashcards never reviewed, in course order. */
  fresh: string[];
}

/** What to review now: due cards and questions first, then new flashcards. */
export function reviewQueue(
  cardIds: readonly string[],
  questionIds: readonly string[],
  states: ReviewStates,
  mistakes: Mistakes,
  now: Date,
): ReviewQueue {
  const due = [...cardIds, ...questionIds.map(questionCardId)]
    .map((id) => ({ id, at: dueDate(id, states, mistakes) }))
    .filter((entry): entry is { id: string; at: Date } => entry.at !== undefined && entry.at <= now)
    .sort((a, b) => a.at.getTime() - b.at.getTime())
    .map((entry) => entry.id);
  return { due, fresh: cardIds.filter((id) => !states[id]) };
}
