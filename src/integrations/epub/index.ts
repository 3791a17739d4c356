import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { exportFileNames } from '../../course/exports/files.ts';
import { normalizeBasePath, withBase } from '../../course/site-env.ts';
import type { CourseConfig } from '../../schemas/course.ts';
import { DIAGRAM_FILES_PATH } from '../diagrams/remark-mermaid.ts';
import { buildEpub } from './book.ts';

/**
 * Writes the course as an EPUB (`<id>.epub`) into the built site, from the built print page, the
 * Dutch–English page and the diagrams' files. List it after Starlight and the diagrams, before the
 * service worker, which leaves the book out of its precache.
 */
export function courseEpub(course: CourseConfig): AstroIntegration {
  let base = '/';
  let home = '';
  return {
    name: 'course:epub',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normalizeBasePath(config.base);
        home = new URL(withBase(base, '/'), config.site ?? 'http://localhost:4321').href;
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const dist = fileURLToPath(dir);
        const read = (path: string) => readFileSync(join(dist, path), 'utf8');
        const epub = buildEpub({
          course,
          pages: { print: read('print/index.html'), dutchEnglish: read('dutch-english/index.html') },
          links: { base, home },
          diagramFile: (hash) => read(join(DIAGRAM_FILES_PATH, `${hash}.svg`)),
          modified: new Date(),
        });
        const file = exportFileNames(course.id).epub;
        writeFileSync(join(dist, file), epub);
        logger.info(
          `${file} (${Math.round(epub.length / 1024)} KB) in ${Math.round(performance.now() - started)} ms.`,
        );
      },
    },
  };
}
