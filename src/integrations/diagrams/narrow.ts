/**
 * How a diagram is drawn for a phone. Authors write one Mermaid block; when its drawing is too wide
 * for a phone's text column, the build derives a narrow variant from the same source:
 *
 * - a tree of three or more levels (a mind map, or a flowchart whose every node has one parent) reads
 *   better as a nested list than as any drawing of it that fits 340 px, so it becomes one;
 * - any other flowchart is drawn again in every direction (top to bottom or left to right, for the
 *   whole chart and for its subgraphs), with labels wrapped more tightly, and the drawing that fits
 *   the column with the least height is kept;
 * - a block diagram is drawn again with its labels broken at spaces and no padding between blocks.
 *
 * Everything here is plain string work, so it runs in unit tests without a browser.
 */

/** The text column of a 390 px phone, less the diagram's frame: 390 − 2 × 16 page − 2 × 8 frame − 2 border. */
export const PHONE_COLUMN_PX = 340;

/** The smallest label a reader should have to read, in CSS pixels. */
export const MIN_LABEL_PX = 11;

/** The font size the renderer draws labels in (`roles.ts`). */
export const LABEL_PX = 16;

/**
 * The widest drawing that still shows its labels at {@link MIN_LABEL_PX} once scaled down into a
 * column of `column` pixels.
 */
export function legibleWidth(column: number): number {
  return Math.floor((column * LABEL_PX) / MIN_LABEL_PX);
}

/**
 * Column widths, in rem, at which a figure may switch from its narrow variant to its wide one; the
 * page's CSS has one container query per step (`switchCss`). The last step is narrower than the
 * text column of a desktop with Starlight's sidebar (about 39 rem at 1280 px): above it the wide
 * drawing shows, as it always has on a desktop, and "View full size" opens it large.
 */
export const SWITCH_STEPS_REM = [24, 28, 32, 36] as const;
export type SwitchStep = (typeof SWITCH_STEPS_REM)[number];

/**
 * The container queries that switch a figure to its narrow variant below its step: the figure is the
 * container (`diagrams.css`), its `data-narrow-below` names the step.
 */
export function switchCss(): string {
  return SWITCH_STEPS_REM.map(
    (step) => `@container (width < ${step}rem) {
  [data-narrow-below='${step}'] > .course-diagram__canvas > .course-diagram__wide { display: none; }
  [data-narrow-below='${step}'] > .course-diagram__canvas > .course-diagram__narrow { display: block; }
}`,
  ).join('\n');
}

/** The frame around a drawing: padding and border on both sides, in CSS pixels (`diagrams.css`). */
export const FRAME_PX = 2 * 8 + 2;

/**
 * The narrowest column step at which the wide drawing of `width` pixels shows its labels at
 * {@link MIN_LABEL_PX} or larger; the last step when none does.
 */
export function switchStep(width: number): SwitchStep {
  const needed = (width * MIN_LABEL_PX) / LABEL_PX + FRAME_PX;
  return SWITCH_STEPS_REM.find((step) => step * 16 >= needed) ?? SWITCH_STEPS_REM.at(-1)!;
}

/** A node of a diagram read as a tree: its label and the nodes under it. */
export interface OutlineNode {
  label: string;
  children: OutlineNode[];
}

/** The diagram type: the first word of the source's first line that is not a comment or directive. */
export function diagramType(source: string): string {
  const line = source
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l !== '' && !l.startsWith('%%'));
  return line?.split(/\s+/)[0] ?? '';
}

const isFlowchart = (source: string) => ['flowchart', 'graph'].includes(diagramType(source));

/** Mermaid's line breaks and quotes as a reader sees them. */
function plainLabel(label: string): string {
  return label
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/^"|"$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A mind map as a tree. Mermaid reads its nesting from indentation, and a node is written `text`,
 * `id[text]`, `id(text)`, `id((text))`, `id))text((`, `id)text(`, `id{{text}}` or `::icon(…)`.
 */
export function mindmapOutline(source: string): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const stack: Array<{ indent: number; node: OutlineNode }> = [];
  for (const raw of source.split('\n').slice(1)) {
    const text = raw.replace(/\s+$/, '');
    const trimmed = text.trim();
    if (trimmed === '' || trimmed.startsWith('%%') || trimmed.startsWith('::')) continue;
    const indent = text.length - text.trimStart().length;
    const shaped = /^[^\s([{)]*\s*(?:\(\(|\)\)|\{\{|\[|\(|\))(.*?)(?:\)\)|\(\(|\}\}|\]|\)|\()$/.exec(trimmed);
    const node: OutlineNode = { label: plainLabel(shaped ? shaped[1]! : trimmed), children: [] };
    while (stack.length > 0 && stack.at(-1)!.indent >= indent) stack.pop();
    (stack.at(-1)?.node.children ?? roots).push(node);
    stack.push({ indent, node });
  }
  return roots;
}

const NODE = String.raw`([A-Za-z0-9_]+)(?:\[("[^"]*"|[^\]]*)\]|\(\(("[^"]*"|[^)]*)\)\)|\(("[^"]*"|[^)]*)\)|\{("[^"]*"|[^}]*)\})?`;

/**
 * A flowchart as a tree, when it is one: only plain arrows (`-->`, no labels), no subgraphs, every
 * node with at most one parent. Anything else (a cycle, a subgraph, a labelled or invisible link)
 * gives `undefined`: its drawing carries meaning a list would lose.
 */
export function flowchartTree(source: string): OutlineNode[] | undefined {
  const labels = new Map<string, string>();
  const children = new Map<string, string[]>();
  const parents = new Map<string, string>();
  const order: string[] = [];
  const see = (id: string, label: string | undefined) => {
    if (!labels.has(id)) order.push(id);
    if (label !== undefined || !labels.has(id)) labels.set(id, plainLabel(label ?? labels.get(id) ?? id));
  };
  const nodePattern = new RegExp(`^${NODE}$`);
  for (const raw of source.split('\n').slice(1)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('%%')) continue;
    if (/^(subgraph|end|direction|style|classDef|class|click|linkStyle)\b/.test(line)) return undefined;
    const parts = line.split(/\s*-->\s*/);
    if (parts.some((part) => /--|==|~~|-\.|\|/.test(part))) return undefined;
    const nodes = parts.map((part) => nodePattern.exec(part));
    if (nodes.some((node) => node === null)) return undefined;
    const ids = nodes.map((node) => {
      const [, id, ...shapes] = node!;
      see(
        id!,
        shapes.find((shape) => shape !== undefined),
      );
      return id!;
    });
    for (let i = 1; i < ids.length; i++) {
      const [parent, child] = [ids[i - 1]!, ids[i]!];
      if (parents.has(child) || child === parent) return undefined;
      parents.set(child, parent);
      children.set(parent, [...(children.get(parent) ?? []), child]);
    }
  }
  const build = (id: string, seen: Set<string>): OutlineNode => {
    if (seen.has(id)) throw new Error('cycle');
    seen.add(id);
    return { label: labels.get(id)!, children: (children.get(id) ?? []).map((child) => build(child, seen)) };
  };
  const roots = order.filter((id) => !parents.has(id));
  if (roots.length === 0) return undefined;
  const seen = new Set<string>();
  const tree = roots.map((id) => build(id, seen));
  return seen.size === order.length ? tree : undefined;
}

const depth = (nodes: OutlineNode[]): number =>
  nodes.length === 0 ? 0 : 1 + Math.max(...nodes.map((node) => depth(node.children)));

function widestLevel(nodes: OutlineNode[]): number {
  let widest = 0;
  for (let level = nodes; level.length > 0; level = level.flatMap((node) => node.children))
    widest = Math.max(widest, level.length);
  return widest;
}

/**
 * The diagram as a nested list, when that is how it reads best on a phone: a mind map, or a tree of
 * three or more levels with three or more nodes side by side on one level (a chain or a shallow tree
 * stays a drawing).
 */
export function phoneOutline(source: string): OutlineNode[] | undefined {
  if (diagramType(source) === 'mindmap') return mindmapOutline(source);
  if (!isFlowchart(source)) return undefined;
  const tree = flowchartTree(source);
  return tree && depth(tree) >= 3 && widestLevel(tree) >= 3 ? tree : undefined;
}

/** Mermaid configuration that a narrow drawing changes: tighter label wrapping, no padding between blocks. */
export const NARROW_CONFIG = {
  flowchart: { wrappingWidth: 120 },
  block: { padding: 0 },
} as const;

const DIRECTIONS = ['TB', 'LR'] as const;

/**
 * The sources to draw for a narrow variant, in a fixed order: a flowchart in every combination of
 * chart and subgraph direction, a block diagram with its labels broken at spaces. Empty for a type
 * that has none.
 */
export function narrowSources(source: string): string[] {
  if (isFlowchart(source)) {
    const sources = DIRECTIONS.flatMap((chart) =>
      DIRECTIONS.map((group) =>
        source
          .replace(/^(\s*(?:flowchart|graph))(?:\s+(?:TB|TD|BT|LR|RL))?[ \t]*$/m, `$1 ${chart}`)
          .replace(/^(\s*direction)\s+(?:TB|TD|BT|LR|RL)[ \t]*$/gm, `$1 ${group}`),
      ),
    );
    return [...new Set(sources)];
  }
  if (diagramType(source) === 'block-beta' || diagramType(source) === 'block') {
    return [
      source.replace(/\["([^"]*)"\]/g, (_match, label: string) => `["${label.replace(/ +/g, '<br>')}"]`),
    ];
  }
  return [];
}

/** A drawing's size, from its `viewBox`. */
export function svgSize(svg: string): { width: number; height: number } {
  const viewBox = /viewBox="([^"]+)"/
    .exec(svg)?.[1]
    ?.split(/[\s,]+/)
    .map(Number);
  if (!viewBox || viewBox.length !== 4) throw new Error('The SVG has no viewBox.');
  return { width: viewBox[2]!, height: viewBox[3]! };
}

/**
 * Of several drawings, the one for a phone: the lowest of those that fit {@link PHONE_COLUMN_PX};
 * when none fits, the narrowest.
 */
export function pickNarrowest<T extends { width: number; height: number }>(drawings: readonly T[]): T {
  const fitting = drawings.filter((drawing) => drawing.width <= PHONE_COLUMN_PX);
  const pool = fitting.length > 0 ? fitting : drawings;
  const key = (drawing: T) => (fitting.length > 0 ? drawing.height : drawing.width);
  return pool.reduce((best, drawing) => (key(drawing) < key(best) ? drawing : best));
}
