import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import GithubSlugger from 'github-slugger';

/**
 * The files that decide what a rendered SVG looks like: the renderer, its Mermaid configuration, and
 * how a narrow drawing is derived and chosen. The theme colours (`palette.ts`) are not among them:
 * they reach the SVG through CSS.
 */
const RENDERER_SOURCES = ['render.ts', 'roles.ts', 'narrow.ts', 'drawing.ts'].map(
  (name) => new URL(name, import.meta.url),
);

/** A hash of the renderer's own source, read when the build starts, instead of a version to bump. */
export function rendererHash(sources: readonly URL[] = RENDERER_SOURCES): string {
  const hash = createHash('sha256');
  // Line endings differ between checkouts of the same commit; they do not change the renderer.
  for (const source of sources) hash.update(readFileSync(source, 'utf8').replace(/\r\n?/g, '\n'));
  return hash.digest('hex').slice(0, 16);
}

/** A ```mermaid block as written in a chapter, with the caption its fence declares. */
export interface DiagramBlock {
  /** Visible caption and accessible name. */
  title: string;
  /** One sentence describing the diagram for screen readers and print. */
  description: string;
  /** The Mermaid source. */
  source: string;
}

export class DiagramBlockError extends Error {}

const META_ATTRIBUTE = /([a-zA-Z]+)="((?:[^"\\]|\\.)*)"/g;
const ALLOWED_KEYS = new Set(['title', 'description']);

/** Reads `title="…" description="…"` from a code fence's meta string. */
export function parseDiagramMeta(
  meta: string | null | undefined,
): Pick<DiagramBlock, 'title' | 'description'> {
  const values = new Map<string, string>();
  const rest = (meta ?? '').replace(META_ATTRIBUTE, (_match, key: string, value: string) => {
    if (!ALLOWED_KEYS.has(key))
      throw new DiagramBlockError(`unknown attribute "${key}" (allowed: title, description)`);
    values.set(key, value.replace(/\\(.)/g, '$1').trim());
    return '';
  });
  if (rest.trim() !== '') {
    throw new DiagramBlockError(`cannot read "${rest.trim()}" in the fence; write title="…" description="…"`);
  }
  const title = values.get('title');
  const description = values.get('description');
  if (!title)
    throw new DiagramBlockError('the fence needs title="…" (the visible caption and accessible name)');
  if (!description) {
    throw new DiagramBlockError(
      'the fence needs description="…" (one sentence for screen readers and print)',
    );
  }
  return { title, description };
}

/** Source with line endings and outer blank lines normalised, so the hash ignores them. */
export function normalizeSource(source: string): string {
  return source.replace(/\r\n?/g, '\n').replace(/^\n+|\s+$/g, '');
}

/**
 * Names a rendering: the diagram's source, Mermaid's exact version and the renderer's source. A change
 * to any of them gives a new hash, so a cached SVG can never be stale without its hash changing.
 */
export function diagramHash(source: string, mermaidVersion: string, renderer: string): string {
  return createHash('sha256')
    .update(JSON.stringify({ source: normalizeSource(source), mermaidVersion, renderer }))
    .digest('hex')
    .slice(0, 16);
}

/** The id of a diagram's `<figure>`: from its title, so links to a diagram survive edits of its source. */
export function diagramFigureId(title: string): string {
  return `diagram-${new GithubSlugger().slug(title)}`;
}

/** The prefix of every id inside a rendered SVG. */
export function svgIdPrefix(hash: string): string {
  return `mmd-${hash}`;
}
