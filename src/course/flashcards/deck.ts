import { chapterSlug, getChapters } from '../chapters.ts';
import type { AnkiNote } from './anki.ts';
import { getDeck, type DeckCard } from './catalog.ts';
import { cardHtml } from './markdown.ts';

export interface ReviewCard {
  id: string;
  chapter: string;
  chapterTitle: string;
  front: string;
  backHtml: string;
}

/** Every card in course order (chapter by chapter), with its chapter's title and rendered back. */
export async function getCourseCards(): Promise<ReviewCard[]> {
  const chapters = await getChapters();
  const cards = await getDeck();
  const unknown = cards.find((card) => !chapters.some((chapter) => chapterSlug(chapter) === card.chapter));
  if (unknown) {
    throw new Error(
      `src/content/flashcards/${unknown.chapter}.yaml: no chapter is called "${unknown.chapter}".`,
    );
  }
  return chapters.flatMap((chapter) =>
    cards
      .filter((card: DeckCard) => card.chapter === chapterSlug(chapter))
      .map((card) => ({
        id: card.id,
        chapter: card.chapter,
        chapterTitle: `${chapter.number}. ${chapter.data.title}`,
        front: card.front,
        backHtml: cardHtml(card.back),
      })),
  );
}

/** Anki notes, identified by the course id and card id, so that a new import updates the old one. */
export function toAnkiNotes(
  cards: readonly ReviewCard[],
  { courseId, deckName }: { courseId: string; deckName: string },
): AnkiNote[] {
  return cards.map((card) => ({
    guid: `${courseId}-${card.id}`,
    deck: `${deckName}::${card.chapterTitle}`,
    front: card.front,
    backHtml: card.backHtml,
    tags: [courseId, `chapter-${card.chapter}`],
  }));
}
