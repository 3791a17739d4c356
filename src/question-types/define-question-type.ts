import type { z } from 'astro/zod';
import type { BaseQuestion, QuestionModel } from './question-model.ts';

/** A question type: its YAML schema and its model, checked against each other by TypeScript. */
export function defineQuestionType<
  S extends z.ZodType<BaseQuestion>,
  View,
  Key,
  Response extends { type: z.output<S>['type'] },
>(type: { schema: S; model: QuestionModel<z.output<S>, View, Key, Response> }) {
  return type;
}
