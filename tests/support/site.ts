import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
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
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) pages.push(relative(DIST, path));
    }
  };
  walk(DIST);
  return pages.sort();
}

/** The URL path a built page is served at (`/crm-course/chapters/introduction/`). */
export function pageUrlPath(page: string): string {
  return TEST_BASE + page.replace(/(^|\/)index\.html$/, '$1');
}

export function readBuilt(page: string): string {
  return readFileSync(join(DIST, page), 'utf8');
}
