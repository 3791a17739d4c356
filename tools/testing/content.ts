import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './site.ts';

const CHAPTERS_DIR = 'src/content/docs/chapters';

/**
 * The chapters' slugs, by file name. Not in reading order: the course model orders chapters, and a
 * test that needs the order reads it from the built site.
 */
export const CHAPTER_SLUGS: readonly string[] = readdirSync(join(ROOT, CHAPTERS_DIR))
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => name.replace(/\.mdx$/, ''))
  .sort();

/** The notes the course is written from, and which chapter each flashcard deck became. */
export const DECKS: Record<string, string> = {
  introduction: 'src/notes/1-intro-to-crm.flashcards.txt',
  'business-models': 'src/notes/2-crm-models.flashcards.txt',
  'building-a-strategy': 'src/notes/3-crm-strategy.flashcards.txt',
};
export const MIND_MAP = 'src/notes/4-crm-strategy.mind-map.txt';

export function readText(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}

export function readYaml<T>(path: string): T {
  return parse(readText(path)) as T;
}

export interface ChapterSource {
  slug: string;
  path: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

export function readChapter(slug: string): ChapterSource {
  const path = `${CHAPTERS_DIR}/${slug}.mdx`;
  const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readText(path)) ?? [];
  return { slug, path, frontmatter: parse(frontmatter) as Record<string, unknown>, body };
}

/** The body without code blocks, so that diagram sources do not count as prose. */
export function withoutCode(body: string): string {
  return body.replace(/^```[\s\S]*?^```/gm, '');
}

/** Words a student reads: prose without imports, component tags, code, link targets and Markdown syntax. */
export function proseWords(body: string): number {
  const prose = withoutCode(body)
    .replace(/^import .*$/gm, '')
    .replace(/<[A-Z][^>]*\/>/g, '')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#*_|>`[\]:-]+/g, ' ');
  return prose.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** The question lines of a flashcard deck: not list items, not answer examples, asking or instructing. */
export function deckQuestions(deckPath: string): string[] {
  return readText(deckPath)
    .split('\n')
    .slice(1)
    .filter(
      (line) =>
        line.trim() !== '' &&
        !line.startsWith('-') &&
        !line.startsWith('Example') &&
        (line.includes('?') || /^(Explain|Give|Discuss|Describe|Name|List)\b/.test(line)),
    );
}

export function contentFiles(dir: string, pattern: RegExp): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => pattern.test(name))
    .map((name) => join(dir, name));
}
