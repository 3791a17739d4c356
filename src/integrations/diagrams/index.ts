import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isUnifiedProcessor } from '@astrojs/markdown-remark';
import { diagramHash, rendererHash } from './block.ts';
import { mermaidVersion, pruneCachedDiagrams } from './cache.ts';
import { diagramPaletteCss } from './palette.ts';
import { MermaidRenderer } from './render.ts';
import { remarkMermaid } from './remark-mermaid.ts';
import { findDiagramSources } from './sources.ts';

/** The style sheet of the diagrams' colours, made from `palette.ts`: list it in Starlight's `customCss`. */
export const DIAGRAM_PALETTE_CSS = 'virtual:course/diagram-palette.css';
const RESOLVED_PALETTE_CSS = `\0${DIAGRAM_PALETTE_CSS}`;

/**
 * Turns ```mermaid blocks in Markdown and MDX into static SVG figures at build time (see
 * `remark-mermaid.ts`), closes the Chromium it may have started once the build is done, and then
 * deletes the cached SVGs that no diagram uses, so that `src/diagrams/` holds exactly the course's.
 * It also serves {@link DIAGRAM_PALETTE_CSS}, so the colours are written once, in `palette.ts`.
 */
export function courseDiagrams(): AstroIntegration {
  let renderer: MermaidRenderer | undefined;
  const errors = new Set<string>();
  const used = new Set<string>();
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
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'course-diagram-palette',
                resolveId: (id: string) => (id === DIAGRAM_PALETTE_CSS ? RESOLVED_PALETTE_CSS : undefined),
                load: (id: string) => (id === RESOLVED_PALETTE_CSS ? diagramPaletteCss() : undefined),
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
            renderer: () => (renderer ??= new MermaidRenderer()),
            onError: (message: string) => errors.add(message),
            onUse: (hash: string) => used.add(hash),
          },
        ]);
      },
      'astro:build:start': failOnErrors,
      'astro:build:done': async ({ logger }) => {
        await failOnErrors();
        await close();
        // Astro may reuse a page rendered by an earlier build without running the plugin, so every
        // diagram in the content counts as used, not only those rendered now.
        const version = mermaidVersion();
        const renderer = rendererHash();
        for (const diagram of findDiagramSources()) used.add(diagramHash(diagram.source, version, renderer));
        const pruned = pruneCachedDiagrams(used);
        if (pruned.length > 0) logger.info(`Removed ${pruned.length} unused SVGs from src/diagrams/.`);
      },
      'astro:server:done': close,
    },
  };
}
