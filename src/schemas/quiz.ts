import { z } from 'astro/zod';
import { questionSchema, type Question } from '../question-types/index.ts';
import { id, text } from '../question-types/schema-parts.ts';

export { questionSchema, type Question };

export const quizSchema = z.object({
  /** Placed in a chapter with `<Quiz id="…" />`. */
  id,
  title: text,
  questions: z.array(questionSchema).min(1, 'A quiz needs at least one question.'),
});

/** One file per chapter in `src/content/quizzes/`. */
export const quizFileSchema = z
  .object({ quizzes: z.array(quizSchema).min(1) })
  .superRefine((file, context) => {
    const seen = new Set<string>();
    file.quizzes.forEach((quiz, q) =>
      quiz.questions.forEach((question, i) => {
        if (seen.has(question.id)) {
          context.addIssue({
            code: 'custom',
            message: `Duplicate question id "${question.id}".`,
            path: ['quizzes', q, 'questions', i, 'id'],
          });
        }
        seen.add(question.id);
      }),
    );
  });

export type QuestionInput = z.input<typeof questionSchema>;
export type Quiz = z.output<typeof quizSchema>;
export type QuizFile = z.output<typeof quizFileSchema>;
