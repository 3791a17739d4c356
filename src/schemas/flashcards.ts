import { z } from 'astro/zod';
import { KEBAB_ID, KEBAB_ID_MESSAGE, SECTION_REFERENCE, SECTION_REFERENCE_MESSAGE } from '../shared/ids.ts';

export const flashcardSchema = z.object({
  /** Unique in the whole course; review progress is stored under it. */
  id: z.string().regex(KEBAB_ID, KEBAB_ID_MESSAGE),
  /**
   * The question exactly as the study notes wrote it, for the coverage check; never shown. Cards
   * written from the mind map have none.
   */
  note: z.string().optional(),
  /** A clear question. */
  front: z.string().trim().min(1),
  /** The corrected answer: short Markdown (bold, italics, bullet lists). */
  back: z.string().trim().min(1),
  /** `<chapter>#<heading anchor>` of the section that teaches it. */
  section: z.string().regex(SECTION_REFERENCE, SECTION_REFERENCE_MESSAGE),
});

/** One file per chapter in `src/content/flashcards/`. */
export const flashcardFileSchema = z.object({ cards: z.array(flashcardSchema).min(1) });

export type Flashcard = z.output<typeof flashcardSchema>;
export type FlashcardFile = z.output<typeof flashcardFileSchema>;
