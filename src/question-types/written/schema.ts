import { z } from 'astro/zod';
import { questionBase, text } from '../schema-parts.ts';

/** The model answer explains itself: a written question has no separate explanation. */
const { explanation: _, ...base } = questionBase;

/** A figure the student is asked about: a diagram of the course by its caption, or an image. */
const figure = z.union([
  z.strictObject({
    /** The title of a ```mermaid block in a chapter (`title="…"`), exactly. */
    diagram: text,
  }),
  z.strictObject({
    /** A file in `public/`, root-relative: `/images/grid.png`. */
    image: z
      .string()
      .regex(
        /^\/[\w./-]+\.(?:png|jpe?g|webp|svg)$/,
        'An image is a root-relative path such as `/images/grid.png`.',
      ),
    /** What the image shows, for readers who cannot see it. */
    alt: text,
  }),
]);

/** One thing an examiner would tick, with the words that show the model answer covers it. */
const markingPoint = z.strictObject({
  /** Specific and checkable: "names all three perspectives", not "good explanation". */
  text,
  /**
   * Words or phrases the model answer must contain for it to satisfy this point (compared without
   * case, accents or punctuation, as whole words); the build fails when one is missing.
   */
  keywords: z.array(text).min(1, 'A marking point needs at least one key word.'),
});

/** Lower-case words without accents or punctuation, padded with spaces, so phrases match as whole words. */
const words = (value: string) =>
  ` ${value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

/** The key words of each marking point that its question's model answer does not contain. */
export function missingKeywords(question: {
  modelAnswer: string;
  points: ReadonlyArray<{ keywords: readonly string[] }>;
}): Array<{ point: number; keyword: string }> {
  const answer = words(question.modelAnswer);
  return question.points.flatMap((point, i) =>
    point.keywords
      .filter((keyword) => !answer.includes(words(keyword)))
      .map((keyword) => ({ point: i, keyword })),
  );
}

/**
 * An exam-style question answered in the student's own words, or drawn on paper (`drawing`), then
 * marked by the student against a model answer and its marking points.
 */
export const schema = z
  .object({
    ...base,
    type: z.literal('written'),
    /** A figure to explain, shown with the prompt. */
    figure: figure.optional(),
    /**
     * Makes it a drawing question: the title of the course's diagram (a ```mermaid block) that the
     * student compares their drawing with. In the chapter, the block sits inside the `<Quiz>` tag
     * that places the question.
     */
    drawing: text.optional(),
    /** What a full answer says, in Markdown; it satisfies every one of its marking points. */
    modelAnswer: text,
    /** What an examiner looks for: three to six points, each a short sentence. */
    points: z
      .array(markingPoint)
      .min(3, 'A written question needs at least three marking points.')
      .max(6, 'A written question has at most six marking points.'),
    /** A suggested length of the answer, in words. */
    words: z.number().int().min(10).max(1000).optional(),
  })
  .superRefine((question, context) => {
    for (const { point, keyword } of missingKeywords(question)) {
      context.addIssue({
        code: 'custom',
        path: ['points', point, 'keywords'],
        message: `The model answer does not say "${keyword}", a key word of this marking point: a model answer covers each of its own points.`,
      });
    }
  });

export type WrittenQuestion = z.output<typeof schema>;
