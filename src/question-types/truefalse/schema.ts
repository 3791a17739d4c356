import { z } from 'astro/zod';
import { questionBase } from '../schema-parts.ts';

/** A statement that is true or false. */
export const schema = z.object({ ...questionBase, type: z.literal('truefalse'), answer: z.boolean() });

export type TrueFalseQuestion = z.output<typeof schema>;
