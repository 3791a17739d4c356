import { z } from 'astro/zod';
import { choiceOption } from '../choice/schema.ts';
import { questionBase } from '../schema-parts.ts';

/** One or more correct options; partly right answers earn partial credit. */
export const schema = z
  .object({ ...questionBase, type: z.literal('multiple'), options: z.array(choiceOption).min(3).max(8) })
  .refine((q) => q.options.some((option) => option.correct), {
    message: 'A multiple-choice question needs at least one option with `correct: true`.',
    path: ['options'],
  });

export type MultipleQuestion = z.output<typeof schema>;
