import { z } from 'astro/zod';

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'An id is kebab-case: lower-case letters, digits and hyphens.');
const text = z.string().trim().min(1, 'This text must not be empty.');

const questionBase = {
  /** Unique in the whole course; progress is stored under it. */
  id,
  /** The question as the student reads it. */
  prompt: text,
  /** Teaches the point whatever the student answered; shown after checking and in the answer key. */
  explanation: text.describe('Every question needs an explanation.'),
  /** `<chapter>#<heading anchor>` of the section that teaches it; a wrong answer links back to it. */
  section: z
    .string()
    .regex(/^[a-z0-9-]+#[a-z0-9-]+$/, 'A section is written `chapter-slug#heading-anchor`.')
    .optional(),
};

const choiceOption = z.object({
  text,
  /** Marks a correct option; options are wrong unless marked. */
  correct: z.boolean().default(false),
  /** Why this option is right or wrong, shown when it was chosen. */
  feedback: text,
});

/** One correct option among two to six. */
const singleChoice = z
  .object({ ...questionBase, type: z.literal('single'), options: z.array(choiceOption).min(2).max(6) })
  .refine((q) => q.options.filter((option) => option.correct).length === 1, {
    message: 'A single-choice question needs exactly one option with `correct: true`.',
    path: ['options'],
  });

/** One or more correct options; partly right answers earn partial credit. */
const multipleChoice = z
  .object({ ...questionBase, type: z.literal('multiple'), options: z.array(choiceOption).min(3).max(8) })
  .refine((q) => q.options.some((option) => option.correct), {
    message: 'A multiple-choice question needs at least one option with `correct: true`.',
    path: ['options'],
  });

const trueFalse = z.object({ ...questionBase, type: z.literal('truefalse'), answer: z.boolean() });

/** Items listed in their correct order; they are shown shuffled. */
const ordering = z.object({
  ...questionBase,
  type: z.literal('ordering'),
  items: z.array(text).min(3, 'An ordering question needs at least three items.').max(10),
});

/** Each left item has one right answer; right answers may repeat. */
const matching = z
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

/** A short typed answer, compared without case, accents or surrounding punctuation. */
const fillIn = z.object({
  ...questionBase,
  type: z.literal('fillin'),
  answers: z.array(text).min(1, 'A fill-in question needs at least one accepted answer.'),
});

export const questionSchema = z.discriminatedUnion('type', [
  singleChoice,
  multipleChoice,
  trueFalse,
  ordering,
  matching,
  fillIn,
]);

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

export type Question = z.output<typeof questionSchema>;
export type QuestionInput = z.input<typeof questionSchema>;
export type Quiz = z.output<typeof quizSchema>;
export type QuizFile = z.output<typeof quizFileSchema>;
