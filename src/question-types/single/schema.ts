import { z } from 'astro/zod';
import { choiceOption } from '../choice/schema.ts';
import { questionBase } from '../schema-parts.ts';

/** One correct option among two to six. */
export const schema = z
  .object({ ...questionBase, type: z.literal('single'), options: z.array(choiceOption).min(2).max(6) })
  .refine((q) => q.options.filter((option) => option.correct).length === 1, {
    message: 'A single-choice question needs exactly one option with `correct: true`.',
    path: ['options'],
  });

export type SingleQuestion = z.output<typeof schema>;
