import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Rendered diagrams, committed to the repository: `<hash>.svg`. With them a machine without a browser
 * builds every diagram; a diagram whose hash is not here is rendered in Chromium.
 */
export const DIAGRAM_CACHE_DIR = fileURLToPath(new URL('../../diagrams/', import.meta.url));

export function mermaidVersion(): string {
  const require = createRequire(import.meta.url);
  return (require('mermaid/package.json') as { version: string }).version;
}

const CACHED_NAME = /^([0-9a-f]{16})\.svg$/;
const cachePath = (dir: string, hash: string) => join(dir, `${hash}.svg`);

export function readCachedDiagram(hash: string, dir = DIAGRAM_CACHE_DIR): string | undefined {
  const path = cachePath(dir, hash);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

export function writeCachedDiagram(hash: string, svg: string, dir = DIAGRAM_CACHE_DIR): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(cachePath(dir, hash), `${svg}\n`);
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
 * Deletes every SVG in the cache folder that is not the rendering of a diagram in `used`, including
 * SVGs named the way earlier renderers named them. Returns the names deleted.
 */
export function pruneCachedDiagrams(used: ReadonlySet<string>, dir = DIAGRAM_CACHE_DIR): string[] {
  if (!existsSync(dir)) return [];
  const stale = readdirSync(dir).filter(
    (name) => name.endsWith('.svg') && !used.has(CACHED_NAME.exec(name)?.[1] ?? ''),
  );
  for (const name of stale) rmSync(join(dir, name), { force: true });
  return stale;
}
