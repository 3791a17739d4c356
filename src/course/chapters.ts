import { getCollection, type CollectionEntry } from 'astro:content';
import { CHAPTER_ID_PREFIX } from '../schemas/chapter.ts';
import { normalizeBasePath, withBase } from './site-env.ts';

export type Chapter = CollectionEntry<'docs'> & { number: number };

/** A site path with the configured base path, for links that do not pass through Markdown. */
export function sitePath(path: string): string {
  return withBase(normalizeBasePath(import.meta.env.BASE_URL), path);
}

/** The course's chapters in reading order; a chapter's number is its `sidebar.order`. */
export async function getChapters(): Promise<Chapter[]> {
  const entries = await getCollection('docs', (entry) => entry.data.isChapter);
  // The schema has checked that every chapter has its number (src/schemas/chapter.ts).
  const chapters = entries.map((entry) => ({ ...entry, number: entry.data.sidebar.order! }));
  return chapters.sort((a, b) => a.number - b.number);
}

/** A chapter's slug, the name of its file (and of its quiz and flashcard files): `chapters/x` → `x`. */
export function chapterSlug(entry: CollectionEntry<'docs'>): string {
  return entry.id.slice(CHAPTER_ID_PREFIX.length);
}

/** The URL path of a chapter page, with the base. */
export function chapterPath(chapter: CollectionEntry<'docs'>): string {
  return sitePath(`/${chapter.id}/`);
}
