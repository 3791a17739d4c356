import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isUnifiedProcessor } from '@astrojs/markdown-remark';
import { toHtml } from 'hast-util-to-html';
import { normalizeBasePath, withBase } from '../../course/site-env.ts';
import { diagramFigureId, parseDiagramMeta } from './block.ts';
import { pruneCachedDiagrams } from './cache.ts';
import { currentVersions, drawDiagram, type DiagramRenderer } from './drawing.ts';
import { diagramFiles } from './files.ts';
import { switchCss } from './narrow.ts';
import { diagramPaletteCss } from './palette.ts';
import { MermaidRenderer } from './render.ts';
import { DIAGRAM_FILES_PATH, figure, remarkMermaid } from './remark-mermaid.ts';
import { rehypeBaseLinks } from '../rehype-base-links.ts';
import { findDiagramSources } from './sources.ts';

/**
 * The style sheet of the diagrams' colours, made from `palette.ts`, and of the container queries that
 * choose a figure's drawing (`narrow.ts`): list it in Starlight's `customCss`.
 */
export const DIAGRAM_PALETTE_CSS = 'virtual:course/diagram-palette.css';
const RESOLVED_PALETTE_CSS = `\0${DIAGRAM_PALETTE_CSS}`;

/**
 * Every diagram's figure, for a page that shows a diagram whose block stands on another page (a
 * drawing question's figure in the exam, a review card or an answer key): `diagrams`, each with its
 * title, file, page, figure id and the `<figure>` its own page shows (links with the base path),
 * and `publicDir`, where the site's own files are. Made in Node, where the cache and the renderer
 * are, for the pages, which are bundled.
 */
export const DIAGRAM_FIGURES = 'virtual:course/diagram-figures';
const RESOLVED_FIGURES = `\0${DIAGRAM_FIGURES}`;

/** One diagram as {@link DIAGRAM_FIGURES} gives it. */
export interface DiagramFigure {
  title: string;
  /** The file of its ```mermaid block, relative to the project root. */
  file: string;
  /** The page it is on, root-relative, without the base path. */
  page: string;
  /** The id of its figure on that page. */
  id: string;
  /** The figure as its page shows it, links with the base path. */
  html: string;
}

/**
 * The files of every diagram of the course, by name (see `files.ts`): what the built site serves under
 * {@link DIAGRAM_FILES_PATH}. Each full-size drawing links back to its figure on its page.
 */
export async function courseDiagramFiles(
  base: string,
  renderer: () => DiagramRenderer,
): Promise<{ files: Map<string, string>; hashes: Set<string> }> {
  const files = new Map<string, string>();
  const hashes = new Set<string>();
  const versions = currentVersions();
  for (const source of findDiagramSources()) {
    const { title } = parseDiagramMeta(source.meta);
    const drawing = await drawDiagram(source.source, renderer, versions);
    const back = `${withBase(base, source.page)}#${diagramFigureId(title)}`;
    for (const [name, content] of diagramFiles(drawing, title, back)) files.set(name, content);
    hashes.add(drawing.hash);
  }
  return { files, hashes };
}

/**
 * Turns ```mermaid blocks in Markdown and MDX into static SVG figures at build time (see
 * `remark-mermaid.ts`), writes their drawings into the built site (and serves them in development),
 * closes the Chromium it may have started once the build is done, and then deletes the cached SVGs
 * that no diagram uses, so that `src/diagrams/` holds exactly the course's. It also serves
 * {@link DIAGRAM_PALETTE_CSS}, so the colours are written once, in `palette.ts`.
 */
export function courseDiagrams(): AstroIntegration {
  let renderer: MermaidRenderer | undefined;
  const errors = new Set<string>();
  const used = new Set<string>();
  let base = '/';
  const drawWith = () => (renderer ??= new MermaidRenderer());
  const close = async () => {
    await renderer?.close();
    renderer = undefined;
  };
  const failOnErrors = async () => {
    if (errors.size === 0) return;
    await close();
    throw new Error(
      `${errors.size} diagram${errors.size === 1 ? '' : 's'} could not be built:\n\n${[...errors].join('\n\n')}`,
    );
  };
  return {
    name: 'course-diagrams',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        base = normalizeBasePath(config.base);
        const root = fileURLToPath(config.root);
        const publicDir = fileURLToPath(config.publicDir);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'course-diagram-figures',
                resolveId: (id: string) => (id === DIAGRAM_FIGURES ? RESOLVED_FIGURES : undefined),
                async load(id: string) {
                  if (id !== RESOLVED_FIGURES) return undefined;
                  const versions = currentVersions();
                  const figures: DiagramFigure[] = [];
                  for (const source of findDiagramSources()) {
                    this.addWatchFile(join(root, source.file));
                    try {
                      const block = { ...parseDiagramMeta(source.meta), source: source.source };
                      const drawing = await drawDiagram(source.source, drawWith, versions);
                      const html = { type: 'root' as const, children: [figure(block, drawing)] };
                      rehypeBaseLinks({ base })(html);
                      figures.push({
                        title: block.title,
                        file: source.file,
                        page: source.page,
                        id: diagramFigureId(block.title),
                        html: toHtml(html),
                      });
                    } catch {
                      // A block that cannot be drawn fails the build where the page renders it, with its line.
                    }
                  }
                  return `export const diagrams = ${JSON.stringify(figures)};\nexport const publicDir = ${JSON.stringify(publicDir)};\n`;
                },
              },
              {
                name: 'course-diagram-palette',
                resolveId: (id: string) => (id === DIAGRAM_PALETTE_CSS ? RESOLVED_PALETTE_CSS : undefined),
                load: (id: string) =>
                  id === RESOLVED_PALETTE_CSS
                    ? `${diagramPaletteCss()}\n@layer course.diagrams {\n${switchCss()}\n}\n`
                    : undefined,
              },
            ],
          },
        });
        const processor = config.markdown.processor;
        if (!isUnifiedProcessor(processor)) {
          throw new Error('course-diagrams needs `markdown.processor: unified()` in astro.config.mjs.');
        }
        processor.options.remarkPlugins.push([
          remarkMermaid,
          {
            root: fileURLToPath(config.root),
            renderer: drawWith,
            onError: (message: string) => errors.add(message),
            onUse: (hash: string) => used.add(hash),
          },
        ]);
      },
      'astro:server:setup': ({ server }) => {
        // In development the drawings are made when asked for, from the content as it is now.
        const prefix = withBase(base, DIAGRAM_FILES_PATH);
        server.middlewares.use((request, response, next) => {
          const path = request.url?.split(/[?#]/)[0] ?? '';
          if (!path.startsWith(prefix)) return next();
          courseDiagramFiles(base, drawWith).then(({ files }) => {
            const file = files.get(path.slice(prefix.length));
            if (!file) return next();
            response.setHeader('Content-Type', 'image/svg+xml');
            response.end(file);
          }, next);
        });
      },
      'astro:build:start': failOnErrors,
      'astro:build:done': async ({ dir, logger }) => {
        await failOnErrors();
        // Astro may reuse a page rendered by an earlier build without running the plugin, so every
        // diagram in the content counts as used, not only those rendered now.
        const { files, hashes } = await courseDiagramFiles(base, drawWith);
        await close();
        const out = join(fileURLToPath(dir), DIAGRAM_FILES_PATH);
        mkdirSync(out, { recursive: true });
        for (const [name, content] of files) writeFileSync(join(out, name), content);
        for (const hash of hashes) used.add(hash);
        const pruned = pruneCachedDiagrams(used);
        if (pruned.length > 0) logger.info(`Removed ${pruned.length} unused SVGs from src/diagrams/.`);
      },
      'astro:server:done': close,
    },
  };
}
