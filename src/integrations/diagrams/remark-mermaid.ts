import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Code, Parent, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import {
  DiagramBlockError,
  diagramFigureId,
  diagramHash,
  parseDiagramMeta,
  rendererHash,
  svgIdPrefix,
  type DiagramBlock,
} from './block.ts';
import { mermaidVersion, readCachedDiagram, writeCachedDiagram } from './cache.ts';
import { MermaidSyntaxError } from './render.ts';

export interface DiagramRenderer {
  render(source: string, idPrefix: string): Promise<string>;
}

export interface RemarkMermaidOptions {
  /** Project root, to name files in errors relative to it. */
  root: string;
  /** Renders diagrams missing from the cache; called only when one is missing. */
  renderer: () => DiagramRenderer;
  /**
   * Receives every diagram error as well. Content collections only log a page's rendering error, so
   * the integration collects them here and fails the build with them.
   */
  onError: (message: string) => void;
  /** Receives the hash of every diagram a page uses, so that the build can prune the others. */
  onUse?: (hash: string) => void;
}

/**
 * Replaces each ```mermaid block with a `<figure>`: the diagram as one static SVG whose colours are
 * CSS custom properties (so it follows Starlight's theme and prints light), a visible caption, and the
 * caption wired to the SVG as its accessible name and description. No Mermaid code reaches the reader.
 */
export function remarkMermaid(options: RemarkMermaidOptions) {
  const versions = { mermaid: mermaidVersion(), renderer: rendererHash() };
  return async (tree: Root, file: VFile) => {
    try {
      await replaceDiagrams(tree, file, options, versions);
    } catch (error) {
      options.onError((error as Error).message);
      throw error;
    }
  };
}

async function replaceDiagrams(
  tree: Root,
  file: VFile,
  options: RemarkMermaidOptions,
  versions: { mermaid: string; renderer: string },
) {
  const blocks: Array<{ node: Code; parent: Parent; index: number }> = [];
  visit(tree, 'code', (node, index, parent) => {
    if (node.lang === 'mermaid' && parent && index !== undefined) blocks.push({ node, parent, index });
  });
  const offset = blocks.length > 0 ? frontmatterLines(file) : 0;
  for (const { node, parent, index } of blocks) {
    const line = (node.position?.start.line ?? 0) + offset;
    const where = `${relative(options.root, file.path)}:${line}`;
    let block: DiagramBlock;
    try {
      block = { ...parseDiagramMeta(node.meta), source: node.value };
    } catch (error) {
      if (error instanceof DiagramBlockError) throw new Error(`${where}: Mermaid diagram: ${error.message}.`);
      throw error;
    }
    const hash = diagramHash(block.source, versions.mermaid, versions.renderer);
    options.onUse?.(hash);
    let rendered = readCachedDiagram(hash);
    if (!rendered) {
      try {
        rendered = await options.renderer().render(block.source, svgIdPrefix(hash));
      } catch (error) {
        if (error instanceof MermaidSyntaxError) {
          throw new Error(
            `${where}: Mermaid diagram "${block.title}" does not parse (its first line is line ${line + 1} of the file). Mermaid says:\n${error.message}`,
          );
        }
        throw new Error(
          `${where}: Mermaid diagram "${block.title}" has no rendered SVG in src/diagrams/ and cannot be rendered here: ${(error as Error).message}`,
        );
      }
      writeCachedDiagram(hash, rendered);
    }
    const figureElement = figure(block, rendered);
    parent.children[index] = {
      type: 'diagram',
      data: {
        hName: figureElement.tagName,
        hProperties: figureElement.properties,
        hChildren: figureElement.children,
      },
    } as unknown as Code;
  }
}

/**
 * Content collections hand the processor the body without its frontmatter, so positions count from
 * the body; errors should name the line in the file an author has open.
 */
function frontmatterLines(file: VFile): number {
  if (!file.path || !existsSync(file.path)) return 0;
  const body = String(file.value);
  const whole = readFileSync(file.path, 'utf8');
  const start = body.trim() === '' ? -1 : whole.indexOf(body);
  return start > 0 ? whole.slice(0, start).split('\n').length - 1 : 0;
}

export function figure(block: DiagramBlock, rendered: string): Element {
  const id = diagramFigureId(block.title);
  const titleId = `${id}-title`;
  const descriptionId = `${id}-description`;
  const svg = fromHtml(rendered, { fragment: true, space: 'svg' }).children.find(
    (child): child is Element => child.type === 'element' && child.tagName === 'svg',
  );
  if (!svg) throw new Error(`The cached SVG of "${block.title}" holds no <svg> element.`);
  Object.assign(svg.properties, {
    role: 'img',
    ariaLabelledBy: titleId,
    ariaDescribedBy: descriptionId,
    focusable: 'false',
  });
  return {
    type: 'element',
    tagName: 'figure',
    properties: { id, className: ['course-diagram'] },
    children: [
      {
        // On a phone a wide diagram scrolls sideways; keyboard users can reach and scroll it too.
        type: 'element',
        tagName: 'div',
        properties: {
          className: ['course-diagram__canvas'],
          tabIndex: 0,
          role: 'group',
          ariaLabelledBy: [titleId],
        },
        children: [svg],
      },
      {
        type: 'element',
        tagName: 'figcaption',
        properties: {},
        children: [
          {
            type: 'element',
            tagName: 'span',
            properties: { id: titleId, className: ['course-diagram__title'] },
            children: [{ type: 'text', value: block.title }],
          },
          { type: 'text', value: '. ' },
          {
            type: 'element',
            tagName: 'span',
            properties: { id: descriptionId, className: ['course-diagram__description'] },
            children: [{ type: 'text', value: block.description }],
          },
        ],
      },
    ],
  };
}
