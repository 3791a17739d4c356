import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { GenerateSWOptions, GetManifestOptions } from 'workbox-build';
import type { CourseConfig } from '../../schemas/course.ts';
import { offlineNames } from '../../client/offline/names.ts';
import { exportFileNames } from '../../course/exports/files.ts';
import { normalizeBasePath } from '../../course/site-env.ts';

/** Larger than any page the course builds (the print page is about 1.2 MB), far below the PDF. */
const MAX_PRECACHED_FILE = 5 * 1024 * 1024;

/**
 * Files Pagefind writes that the course's search never loads: its other user interfaces (Starlight
 * uses `pagefind-ui.js`), its highlighting script, and its index for pages without a language (every
 * page has one). A quarter of the first visit's download, for nothing.
 */
export const UNUSED_SEARCH_FILES = [
  'pagefind/pagefind-component-ui.*',
  'pagefind/pagefind-modular-ui.*',
  'pagefind/pagefind-highlight.js',
  'pagefind/wasm.unknown.pagefind',
];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The teachers' downloads: the Moodle XML, the QTI package and the EPUB. */
const teacherFiles = (course: CourseConfig) => Object.values(exportFileNames(course.id));

/**
 * What the service worker precaches of a built site in `dist`: every file, under the base path,
 * except the course PDF (too large to download on a first visit that may be on a phone's data
 * plan), the teachers' downloads (a student's first visit should not fetch them) and
 * {@link UNUSED_SEARCH_FILES}. Workbox leaves out the service worker itself.
 */
export function precacheConfig(dist: string, course: CourseConfig, base: string) {
  return {
    globDirectory: dist,
    globPatterns: ['**/*'],
    globIgnores: [course.pdfFileName, ...teacherFiles(course), ...UNUSED_SEARCH_FILES],
    modifyURLPrefix: { '': offlineNames(course.id, base).scope },
    // Astro's bundles carry a content hash in their names: no revision needed.
    dontCacheBustURLsMatching: /\/_astro\//,
    maximumFileSizeToCacheInBytes: MAX_PRECACHED_FILE,
  } satisfies GetManifestOptions;
}

/**
 * How Workbox builds the course's service worker:
 * - it precaches the build ({@link precacheConfig}) and caches the PDF and each teachers' download
 *   when first downloaded, network first, so that a new edition replaces it;
 * - caches are named by course and base path, and Workbox adds the scope to the precache's name;
 * - a new worker waits until the student chooses to reload (see `register.ts`), since replacing
 *   a page's scripts under it could break the quiz being answered;
 * - query strings never change a static page, so they are ignored (Pagefind adds `?ts=` to its entry
 *   file).
 */
export function serviceWorkerConfig(dist: string, course: CourseConfig, base: string): GenerateSWOptions {
  const names = offlineNames(course.id, base);
  return {
    ...precacheConfig(dist, course, base),
    swDest: join(dist, 'sw.js'),
    cacheId: names.cacheId,
    ignoreURLParametersMatching: [/.*/],
    clientsClaim: true,
    skipWaiting: false,
    cleanupOutdatedCaches: true,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    runtimeCaching: [
      {
        urlPattern: new RegExp(`${escapeRegExp(names.scope + course.pdfFileName)}$`),
        handler: 'NetworkFirst',
        options: { cacheName: names.pdfCache },
      },
      {
        urlPattern: new RegExp(
          `${escapeRegExp(names.scope)}(?:${teacherFiles(course).map(escapeRegExp).join('|')})$`,
        ),
        handler: 'NetworkFirst',
        options: { cacheName: names.downloadsCache },
      },
    ],
  };
}

export interface ServiceWorkerBuild {
  /** How many files are precached, and their total size in bytes. */
  count: number;
  size: number;
  /** Size of the `sw.js` written, in bytes. */
  workerSize: number;
}

/**
 * Writes `sw.js` into a built site. Run after every change to the built files (the PDF script
 * changes pages), so that the precache manifest revisions match what is served.
 */
export async function generateServiceWorker(
  dist: string,
  course: CourseConfig,
  base: string,
): Promise<ServiceWorkerBuild> {
  const config = serviceWorkerConfig(dist, course, base);
  // Workbox takes a second to load, which every build, dev server and failed build would pay; only a
  // finished build needs it. Required here, not imported: the build runs this after Vite's module
  // loader for the config has closed.
  const require = createRequire(import.meta.url);
  const { generateSW } = require('workbox-build') as typeof import('workbox-build');
  const { count, size, warnings } = await generateSW(config);
  // Workbox skips a file it will not precache with only a warning; the course would then be
  // incomplete offline, so it fails the build instead.
  if (warnings.length > 0) throw new Error(`The service worker is incomplete:\n${warnings.join('\n')}`);
  return { count, size, workerSize: statSync(config.swDest).size };
}

/**
 * Adds the service worker to `astro build`. List it after Starlight: Starlight writes the Pagefind
 * index in its own `astro:build:done`, and the index must be in the precache.
 */
export function courseServiceWorker(course: CourseConfig): AstroIntegration {
  let base = '/';
  return {
    name: 'course:service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normalizeBasePath(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { count, size, workerSize } = await generateServiceWorker(fileURLToPath(dir), course, base);
        logger.info(
          `sw.js (${Math.round(workerSize / 1024)} KB) precaches ${count} files, ${Math.round(size / 1024)} KB, ` +
            `in ${Math.round(performance.now() - started)} ms.`,
        );
      },
    },
  };
}
