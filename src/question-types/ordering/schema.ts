import { z } from 'astro/zod';
import { questionBase, text } from '../schema-parts.ts';

/** Items listed in their correct order; they are shown shuffled. */
export const schema = z.object({
  ...questionBase,
  type: z.literal('ordering'),
  items: z.array(text).min(3, 'An ordering question needs at least three items.').max(10),
});

export type OrderingQuestion = z.output<typeof schema>;
