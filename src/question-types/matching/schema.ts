import { z } from 'astro/zod';
import { questionBase, text } from '../schema-parts.ts';

/** Each left item has one right answer; right answers may repeat. */
export const schema = z
  .object({
    ...questionBase,
    type: z.literal('matching'),
    pairs: z
      .array(z.object({ left: text, right: text }))
      .min(2, 'A matching question needs at least two pairs.'),
  })
  .refine((q) => new Set(q.pairs.map((pair) => pair.left)).size === q.pairs.length, {
    message: 'Each left item of a matching question must be different.',
    path: ['pairs'],
  });

export type MatchingQuestion = z.output<typeof schema>;
