import { z } from 'astro/zod';

/** Fields a course page may add to Starlight's frontmatter. */
export const chapterFieldsSchema = z.object({
  /**
   * What a student can do after the chapter, shown at its top. Each starts with an observable verb
   * ("Explain…", "Classify…"). Every page under `chapters/` must have them (`getChapters` checks).
   */
  objectives: z
    .array(z.string().trim().min(10, 'A learning objective needs a whole sentence.'))
    .min(3, 'A chapter needs at least three learning objectives.')
    .optional(),
});

export type ChapterFieldsInput = z.input<typeof chapterFieldsSchema>;
export type ChapterFields = z.output<typeof chapterFieldsSchema>;
