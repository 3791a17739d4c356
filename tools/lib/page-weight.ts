import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { servedFile } from './files.ts';

/** What one page makes a browser download, in gzip bytes. */
export interface PageWeight {
  page: string;
  html: number;
  css: number;
  js: number;
  /** The diagram drawings the page shows through `<use>`, both variants (a reader downloads one or both). */
  svg: number;
  /** The script files the page loads, directly or through imports. */
  scripts: string[];
}

const gzip = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** The file of a page's style sheet or script; the page would fail to load without it. */
function fileFor(dist: string, base: string, url: string): string {
  const file = servedFile(dist, base, url);
  if (!file) {
    throw new Error(
      `${url} is not in ${dist}. Was the site built under another base path? Run the budget with ` +
        "the build's BASE_PATH (see `build:test` in package.json).",
    );
  }
  return file;
}

/** The page's HTML, its style sheets, and its scripts with every module they import, measured. */
export function measurePage(dist: string, base: string, page: string): PageWeight {
  const html = readFileSync(join(dist, page), 'utf8');
  const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => match[1]!);
  const entry = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((match) =>
    fileFor(dist, base, match[1]!),
  );
  const inline = [...html.matchAll(/<script(?: [^>]*)?>([\s\S]*?)<\/script>/g)]
    .filter((match) => !match[0].includes(' src='))
    .map((match) => match[1]!);
  const modules = measureModules(dist, entry);
  const drawings = new Set(
    [...html.matchAll(/<use href="([^"#]+)#/g)].map((match) => fileFor(dist, base, match[1]!)),
  );
  return {
    page,
    html: gzip(html),
    css: css.reduce((sum, href) => sum + gzip(readFileSync(fileFor(dist, base, href))), 0),
    js: modules.js + inline.reduce((sum, code) => sum + gzip(code), 0),
    svg: [...drawings].reduce((sum, file) => sum + gzip(readFileSync(file)), 0),
    scripts: modules.scripts,
  };
}

/** Script files with every module they import, and their gzip bytes. */
export function measureModules(dist: string, entry: readonly string[]): { js: number; scripts: string[] } {
  const scripts = new Set<string>();
  const visit = (file: string) => {
    if (scripts.has(file) || !existsSync(file)) return;
    scripts.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
      visit(resolve(dirname(file), match[1]!));
    }
  };
  entry.forEach(visit);
  return {
    js: [...scripts].reduce((sum, file) => sum + gzip(readFileSync(file)), 0),
    scripts: [...scripts].map((file) => relative(dist, file)).sort(),
  };
}

/**
 * Builds the smallest Starlight site (one page, the default configuration) from the packages this
 * project has installed, and measures its page: the baseline the course's pages are compared with.
 */
export function measureBareStarlight(root: string): PageWeight {
  const dir = join(root, 'test-results', 'bare-starlight');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src', 'content', 'docs'), { recursive: true });
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ integrations: [starlight({ title: 'Bare Starlight' })] });\n",
  );
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n",
  );
  writeFileSync(
    join(dir, 'src', 'content', 'docs', 'index.md'),
    '---\ntitle: A bare page\n---\n\nA paragraph of text, as a page without any component has.\n',
  );
  const result = spawnSync(
    process.execPath,
    [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'],
    {
      cwd: dir,
      encoding: 'utf8',
      // A clean environment: a test runner's NODE_ENV=test would change what Vite builds.
      env: { PATH: process.env['PATH'], HOME: process.env['HOME'], ASTRO_TELEMETRY_DISABLED: '1' },
    },
  );
  if (result.status !== 0)
    throw new Error(`The bare Starlight site did not build:\n${result.stdout}${result.stderr}`);
  return measurePage(join(dir, 'dist'), '/', 'index.html');
}

export const BUDGET = {
  /**
   * A chapter with quizzes, flashcards and glossary terms loads at most this many times the JS of a
   * bare page: the code that loads the quiz code when a quiz comes near (0.4 KB) and the listener
   * that opens a term's definition (0.3 KB) come with the page, the rest when used.
   */
  chapterJsRatio: 1.1,
  /** The quiz and flashcard scripts add at most this much to a chapter. */
  quizAndFlashcardJs: 12 * 1024,
  /**
   * The exam (drawing, grading and its written part) loads at most this many times the JS of a bare
   * page, and the review page (mostly its FSRS scheduler, 8.6 KB gzip) at most `reviewJsRatio` times.
   * Written questions load their model only with the page's other question types, when shown.
   */
  examJsRatio: 1.7,
  reviewJsRatio: 2.45,
  /**
   * A page without quizzes needs no JS beyond Starlight's own, but for the storage fallback and the
   * service worker's registration.
   */
  readingJsAllowance: 1024,
  /** Gzipped HTML of a chapter, the heaviest being the one with the most diagrams. */
  chapterHtml: 45 * 1024,
  /**
   * Gzipped HTML of the whole-course print page: every chapter with its diagrams and answer key, and
   * the glossary. Its questions come as on paper, without their disclosed answers or what only the
   * quiz code reads, and its headings without Starlight's anchor links.
   */
  printHtml: 110 * 1024,
  /** The service worker's registration and update notice, on every page. */
  offlineJs: 1024,
  /**
   * The popover that shows a glossary term's definition in a chapter, loaded when a term is first
   * opened (a dynamic import, so not in the chapter's own JS above).
   */
  termPopoverJs: 2 * 1024,
} as const;
