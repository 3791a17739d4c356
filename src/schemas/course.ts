import { AstroError } from 'astro/errors';
import { z } from 'astro/zod';
import { KEBAB_ID } from '../shared/ids.ts';

/** The course's identity: `course.config.ts`. */
export const courseSchema = z.object({
  /**
   * A short kebab-case name. Students' progress is stored under it (with the base path), progress
   * files carry it, and the Anki deck's notes are identified by it: keep it once students use the
   * course, and give a fork its own.
   */
  id: z
    .string()
    .regex(KEBAB_ID, 'The id is kebab-case: lower-case letters, digits and hyphens, such as `my-course`.'),
  /** The site's title, in the header, the tab, the PDF's metadata and the app's name. */
  title: z.string().trim().min(1, 'The course needs a title.'),
  /** At most 12 characters, for a phone's home screen. */
  shortTitle: z
    .string()
    .trim()
    .min(1)
    .max(12, 'The short title is shown under an app icon: 12 characters at most.'),
  /** One sentence for search engines and link previews. */
  description: z.string().trim().min(20, 'Describe the course in a sentence.'),
  /** The language of the course's pages, a BCP 47 tag such as `en` or `nl-BE`. */
  lang: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'A language tag such as `en` or `nl-BE`.'),
  /** Who wrote the course, as the PDF's metadata and the print page name them. */
  author: z.string().trim().min(1),
  /** The licence under which the course may be reused, an SPDX identifier such as `MIT` or `CC-BY-4.0`. */
  license: z.string().trim().min(1),
  /** The file name of the course PDF that `npm run pdf` writes into the site. */
  pdfFileName: z.string().regex(/^[\w.-]+\.pdf$/, 'A file name ending in `.pdf`, without folders or spaces.'),
  /** The name of the deck in Anki; chapters become its sub-decks. */
  ankiDeckName: z
    .string()
    .trim()
    .min(1)
    .refine((name) => !name.includes('::'), 'Anki uses `::` for sub-decks.'),
  /** The colour of the browser's toolbar and the installed app, as `#rrggbb`. */
  themeColor: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'A colour such as `#1d3a8a`.'),
  /**
   * Where progress was kept before it was kept per course: `<prefix>:quiz-progress` and
   * `<prefix>:review-progress`. It is copied once into this course's storage. Leave it out in a
   * new course.
   */
  legacyStoragePrefix: z.string().regex(KEBAB_ID).optional(),
});

export type CourseConfig = z.output<typeof courseSchema>;

/** Checks `course.config.ts`, naming each wrong field and how to fix it. */
export function defineCourse(config: z.input<typeof courseSchema>): CourseConfig {
  const result = courseSchema.safeParse(config);
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (issue) => `- **${issue.path.join('.') || '(config)'}**: ${issue.message}`,
  );
  throw new AstroError(
    `course.config.ts is not valid:\n${problems.join('\n')}`,
    'Each field is described in src/schemas/course.ts; the README\'s "Fork it for your class" shows a whole config.',
  );
}
