import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isUnifiedProcessor } from '@astrojs/markdown-remark';
import { MermaidRenderer } from './render.ts';
import { remarkMermaid } from './remark-mermaid.ts';

/**
 * Turns ```mermaid blocks in Markdown and MDX into static SVG figures at build time (see
 * `remark-mermaid.ts`), and closes the Chromium it may have started once the build is done.
 */
export function courseDiagrams(): AstroIntegration {
  let renderer: MermaidRenderer | undefined;
  const close = async () => {
    await renderer?.close();
    renderer = undefined;
  };
  return {
    name: 'course-diagrams',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const processor = config.markdown.processor;
        if (!isUnifiedProcessor(processor)) {
          throw new Error('course-diagrams needs `markdown.processor: unified()` in astro.config.mjs.');
        }
        processor.options.remarkPlugins.push([
          remarkMermaid,
          { root: fileURLToPath(config.root), renderer: () => (renderer ??= new MermaidRenderer()) },
        ]);
      },
      'astro:build:done': close,
      'astro:server:done': close,
    },
  };
}
