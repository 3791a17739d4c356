import { z } from 'astro/zod';
import { text } from '../schema-parts.ts';

/** An option of a single- or multiple-choice question. */
export const choiceOption = z.object({
  text,
  /** Marks a correct option; options are wrong unless marked. */
  correct: z.boolean().default(false),
  /** Why this option is right or wrong, shown when it was chosen. */
  feedback: text,
});
