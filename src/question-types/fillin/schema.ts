import { z } from 'astro/zod';
import { questionBase, text } from '../schema-parts.ts';

/**
 * A short typed answer. It is compared without case, accents, punctuation, articles or a plural
 * "s"; list every other reasonable variant (with and without a leading noun phrase).
 */
export const schema = z.object({
  ...questionBase,
  type: z.literal('fillin'),
  answers: z.array(text).min(1, 'A fill-in question needs at least one accepted answer.'),
});

export type FillInQuestion = z.output<typeof schema>;
