import { z } from 'astro/zod';

/** Where chapter pages live in the docs collection: `chapters/<slug>`. */
export const CHAPTER_ID_PREFIX = 'chapters/';

/**
 * Fields a course page adds to Starlight's frontmatter, and the chapter contract: a page under
 * `chapters/` must have its chapter number (`sidebar.order`) and its learning objectives.
 */
export const chapterFieldsSchema = z
  .object({
    /**
     * Whether the page is a chapter. Not written in frontmatter: the docs loader sets it from the
     * page's place (`src/content/docs/chapters/`), see `courseDocsLoader` in `src/content.config.ts`.
     */
    isChapter: z.boolean().default(false),
    /**
     * What a student can do after the chapter, shown at its top. Each starts with an observable verb
     * ("Explain…", "Classify…"). Required on chapter pages.
     */
    objectives: z
      .array(z.string().trim().min(10, 'A learning objective needs a whole sentence.'))
      .min(3, 'A chapter needs at least three learning objectives.')
      .optional(),
  })
  .superRefine((page, context) => {
    if (!page.isChapter) return;
    // Starlight's own field, merged into this object by `docsSchema({ extend })`.
    const { sidebar } = page as { sidebar?: { order?: number } };
    if (sidebar?.order === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['sidebar', 'order'],
        message:
          'A chapter needs its chapter number: add `sidebar: { order: 5 }`; chapters are numbered and listed in this order.',
      });
    }
    if (!page.objectives) {
      context.addIssue({
        code: 'custom',
        path: ['objectives'],
        message:
          'A chapter needs its learning objectives: add `objectives:` with three or more sentences that start with a verb, such as "Explain the IDIC model."',
      });
    }
  });

export type ChapterFieldsInput = z.input<typeof chapterFieldsSchema>;
export type ChapterFields = z.output<typeof chapterFieldsSchema>;
