import { AstroError } from 'astro/errors';
import { getCollection, type CollectionEntry } from 'astro:content';
import { normalizeBasePath, withBase } from './site-env.ts';

export type Chapter = CollectionEntry<'docs'> & { number: number };

/** A site path with the configured base path, for links that do not pass through Markdown. */
export function sitePath(path: string): string {
  return withBase(normalizeBasePath(import.meta.env.BASE_URL), path);
}

/** The course's chapters in reading order; a chapter's number is its `sidebar.order`. */
export async function getChapters(): Promise<Chapter[]> {
  const entries = await getCollection('docs', (entry) => entry.id.startsWith('chapters/'));
  const chapters = entries.map((entry) => {
    const number = entry.data.sidebar.order;
    if (number === undefined) {
      throw new AstroError(
        `${entry.filePath}: **sidebar.order**: a chapter needs its chapter number.`,
        'Add `sidebar: { order: 5 }` to the frontmatter: chapters are numbered and listed in this order.',
      );
    }
    if (!entry.data.objectives) {
      throw new AstroError(
        `${entry.filePath}: **objectives**: a chapter needs its learning objectives.`,
        'Add `objectives:` to the frontmatter: two or more sentences that start with a verb, such as "Explain the IDIC model."',
      );
    }
    return { ...entry, number };
  });
  return chapters.sort((a, b) => a.number - b.number);
}

/** A chapter's slug, the name of its file (and of its quiz and flashcard files): `chapters/x` → `x`. */
export function chapterSlug(entry: CollectionEntry<'docs'>): string {
  return entry.id.replace(/^chapters\//, '');
}

/** The URL path of a chapter page, with the base. */
export function chapterPath(chapter: CollectionEntry<'docs'>): string {
  return sitePath(`/${chapter.id}/`);
}
