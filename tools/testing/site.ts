import { existsSync, readFileSync } from 'node:fs';
import { filesUnder } from '../lib/files.ts';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The base path `npm run build:test` builds under, as GitHub Pages serves a project site. */
export const TEST_BASE = '/crm-course/';
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = join(ROOT, 'dist');

/** Every HTML page in `dist/`, as a path relative to it (`chapters/introduction/index.html`). */
export function builtPages(): string[] {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ holds no build: run `npm run build:test` first.');
  }
  return filesUnder(DIST, '.html').map((path) => relative(DIST, path));
}

/** The URL path a built page is served at (`/crm-course/chapters/introduction/`). */
export function pageUrlPath(page: string): string {
  return TEST_BASE + page.replace(/(^|\/)index\.html$/, '$1');
}

/** A built page's path without the base, as `openPage` and `siteUrl` take it (`/chapters/introduction/`). */
export function sitePath(page: string): string {
  return pageUrlPath(page).slice(TEST_BASE.length - 1);
}

export function readBuilt(page: string): string {
  return readFileSync(join(DIST, page), 'utf8');
}

/** A chapter as the built site presents it. */
export interface BuiltChapter {
  slug: string;
  number: number;
  title: string;
}

/** The chapters in reading order, as the built print page numbers and titles them. */
export function builtChapters(): BuiltChapter[] {
  return [
    ...readBuilt('print/index.html').matchAll(
      /<article class="course-print__chapter" aria-labelledby="([a-z0-9-]+)"><h1[^>]*>\s*Chapter (\d+)\. ([^<]*?)\s*<\/h1>/g,
    ),
  ].map(([, slug, number, title]) => ({ slug: slug!, number: Number(number), title: title! }));
}
