import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Rendered diagrams, committed to the repository: `<hash>.svg`, and `<hash>.narrow.svg` for a diagram
 * drawn again for a phone (`narrow.ts`). With them a machine without a browser builds every diagram;
 * a diagram whose hash is not here is rendered in Chromium.
 */
export const DIAGRAM_CACHE_DIR = fileURLToPath(new URL('../../diagrams/', import.meta.url));

export function mermaidVersion(): string {
  const require = createRequire(import.meta.url);
  return (require('mermaid/package.json') as { version: string }).version;
}

/** The drawings of one diagram: as written, and for a phone. */
export type DiagramVariant = 'wide' | 'narrow';

const CACHED_NAME = /^([0-9a-f]{16})(?:\.narrow)?\.svg$/;

/** The file name of a diagram's drawing, in the cache and in the built site alike. */
export function diagramFileName(hash: string, variant: DiagramVariant = 'wide'): string {
  return variant === 'wide' ? `${hash}.svg` : `${hash}.${variant}.svg`;
}

export function readCachedDiagram(
  hash: string,
  variant: DiagramVariant = 'wide',
  dir = DIAGRAM_CACHE_DIR,
): string | undefined {
  const path = join(dir, diagramFileName(hash, variant));
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

export function writeCachedDiagram(
  hash: string,
  svg: string,
  variant: DiagramVariant = 'wide',
  dir = DIAGRAM_CACHE_DIR,
): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, diagramFileName(hash, variant)), `${svg}\n`);
}

/** Hashes that have a cached file, whether or not a diagram still uses them. */
export function cachedHashes(dir = DIAGRAM_CACHE_DIR): Set<string> {
  if (!existsSync(dir)) return new Set();
  return new Set(
    readdirSync(dir)
      .map((name) => CACHED_NAME.exec(name)?.[1])
      .filter((hash): hash is string => hash !== undefined),
  );
}

/**
 * Deletes every SVG in the cache folder that is not a drawing of a diagram in `used` (either variant),
 * including SVGs named the way earlier renderers named them. Returns the names deleted.
 */
export function pruneCachedDiagrams(used: ReadonlySet<string>, dir = DIAGRAM_CACHE_DIR): string[] {
  if (!existsSync(dir)) return [];
  const stale = readdirSync(dir).filter(
    (name) => name.endsWith('.svg') && !used.has(CACHED_NAME.exec(name)?.[1] ?? ''),
  );
  for (const name of stale) rmSync(join(dir, name), { force: true });
  return stale;
}
