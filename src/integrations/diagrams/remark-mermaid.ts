import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Code, Parent, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import {
  DiagramBlockError,
  diagramFigureId,
  parseDiagramMeta,
  svgIdPrefix,
  type DiagramBlock,
} from './block.ts';
import { diagramFileName } from './cache.ts';
import {
  currentVersions,
  drawDiagram,
  narrowIdPrefix,
  type DiagramDrawing,
  type DiagramRenderer,
  type DrawingVersions,
} from './drawing.ts';
import { switchStep, svgSize, type OutlineNode } from './narrow.ts';
import { MermaidSyntaxError } from './render.ts';

/** Where the built site serves the drawings, root-relative (the base path is added to every link). */
export const DIAGRAM_FILES_PATH = '/diagrams/';

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
  const versions = currentVersions();
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
  versions: DrawingVersions,
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
    let drawing: DiagramDrawing;
    try {
      drawing = await drawDiagram(block.source, options.renderer, versions);
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
    options.onUse?.(drawing.hash);
    const figureElement = figure(block, drawing);
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

const element = (
  tagName: string,
  properties: Element['properties'],
  children: ElementContent[] = [],
): Element => ({ type: 'element', tagName, properties, children });

const text = (value: string): ElementContent => ({ type: 'text', value });

/**
 * A drawing shown from its file in the built site through `<use>`: the page carries a few bytes per
 * diagram instead of the whole SVG, and the drawing still takes its colours from the page's custom
 * properties, which `<use>` passes on. Its size is the drawing's own, so the layout is known before
 * the file arrives.
 */
function drawingElement(
  svg: string,
  file: string,
  rootId: string,
  className: string,
  labels: Pick<Element['properties'], 'ariaLabelledBy' | 'ariaDescribedBy'>,
): Element {
  const root = fromHtml(svg, { fragment: true, space: 'svg' }).children.find(
    (child): child is Element => child.type === 'element' && child.tagName === 'svg',
  );
  if (!root) throw new Error(`The drawing ${file} holds no <svg> element.`);
  const width = String(root.properties['width'] ?? Math.ceil(svgSize(svg).width));
  const height = String(root.properties['height'] ?? Math.ceil(svgSize(svg).height));
  return element(
    'svg',
    {
      className: [className],
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      role: 'img',
      focusable: 'false',
      ...labels,
    },
    [element('use', { href: `${DIAGRAM_FILES_PATH}${file}#${rootId}`, width, height })],
  );
}

function outlineList(nodes: OutlineNode[]): Element {
  return element(
    'ul',
    {},
    nodes.map((node) =>
      element('li', {}, [
        text(node.label),
        ...(node.children.length > 0 ? [outlineList(node.children)] : []),
      ]),
    ),
  );
}

/**
 * A diagram's `<figure>`: its wide drawing, the narrow variant a phone shows instead (a drawing or a
 * nested list; the figure's `data-narrow-below` names the column width, in rem, below which it does,
 * by a container query in `diagrams.css`), the caption, and a link to the drawing full size.
 */
export function figure(block: DiagramBlock, drawing: DiagramDrawing): Element {
  const id = diagramFigureId(block.title);
  const titleId = `${id}-title`;
  const descriptionId = `${id}-description`;
  const labels = { ariaLabelledBy: [titleId], ariaDescribedBy: [descriptionId] };
  const { hash, narrow } = drawing;
  const drawings = [
    drawingElement(drawing.wide, diagramFileName(hash), svgIdPrefix(hash), 'course-diagram__wide', labels),
  ];
  if (narrow?.kind === 'svg') {
    drawings.push(
      drawingElement(
        narrow.svg,
        diagramFileName(hash, 'narrow'),
        narrowIdPrefix(hash),
        'course-diagram__narrow',
        labels,
      ),
    );
  } else if (narrow?.kind === 'outline') {
    drawings.push(
      element('div', { className: ['course-diagram__narrow', 'course-diagram__outline'] }, [
        outlineList(narrow.outline),
      ]),
    );
  }
  return element(
    'figure',
    {
      id,
      className: ['course-diagram'],
      ...(narrow && { dataNarrowBelow: String(switchStep(svgSize(drawing.wide).width)) }),
    },
    [
      element('div', { className: ['course-diagram__canvas'] }, drawings),
      element('figcaption', {}, [
        element('span', { id: titleId, className: ['course-diagram__title'] }, [text(block.title)]),
        text('. '),
        element('span', { id: descriptionId, className: ['course-diagram__description'] }, [
          text(block.description),
        ]),
        text(' '),
        element(
          'a',
          {
            className: ['course-diagram__full'],
            href: `${DIAGRAM_FILES_PATH}${diagramFileName(hash)}`,
            // Several figures share a page: the name says which one opens, and starts with what shows.
            ariaLabel: `View full size: ${block.title}`,
          },
          [text('View full size')],
        ),
      ]),
    ],
  );
}
