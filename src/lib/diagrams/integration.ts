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
  const errors = new Set<string>();
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
      'astro:config:setup': ({ config }) => {
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
          },
        ]);
      },
      'astro:build:start': failOnErrors,
      'astro:build:done': async () => {
        await failOnErrors();
        await close();
      },
      'astro:server:done': close,
    },
  };
}
