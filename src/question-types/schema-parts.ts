import { z } from 'astro/zod';
import { KEBAB_ID, KEBAB_ID_MESSAGE, SECTION_REFERENCE, SECTION_REFERENCE_MESSAGE } from '../shared/ids.ts';

/** Ids are kebab-case; progress is stored under them. */
export const id = z.string().regex(KEBAB_ID, KEBAB_ID_MESSAGE);

export const text = z.string().trim().min(1, 'This text must not be empty.');

/** The fields every question has; each type's schema spreads them and adds its own. */
export const questionBase = {
  /** Unique in the whole course; progress is stored under it. */
  id,
  /** The question as the student reads it. */
  prompt: text,
  /** Teaches the point whatever the student answered; shown after checking and in the answer key. */
  explanation: text.describe('Every question needs an explanation.'),
  /** `<chapter>#<heading anchor>` of the section that teaches it; a wrong answer links back to it. */
  section: z.string().regex(SECTION_REFERENCE, SECTION_REFERENCE_MESSAGE),
};
