import { getCollection } from 'astro:content';
import type { Flashcard } from '../../schemas/flashcards.ts';

export interface DeckCard extends Flashcard {
  /** The chapter slug: the card file's name. */
  chapter: string;
}

let deck: Promise<DeckCard[]> | undefined;

/** Every card of the course, by chapter file, after checking that card ids are unique. */
export function getDeck(): Promise<DeckCard[]> {
  deck ??= (async () => {
    const files = new Map<string, string>();
    const cards: DeckCard[] = [];
    for (const entry of await getCollection('flashcards')) {
      const file = entry.filePath ?? `src/content/flashcards/${entry.id}.yaml`;
      for (const card of entry.data.cards) {
        const other = files.get(card.id);
        if (other) throw new Error(`${file}: flashcard id "${card.id}" is used in ${other} too.`);
        files.set(card.id, file);
        cards.push({ ...card, chapter: entry.id });
      }
    }
    return cards;
  })();
  return deck;
}

export async function getChapterCards(chapter: string): Promise<DeckCard[]> {
  return (await getDeck()).filter((card) => card.chapter === chapter);
}
