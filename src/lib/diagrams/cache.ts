import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIAGRAM_THEMES } from './palette.ts';
import type { RenderedDiagram } from './render.ts';

/**
 * Rendered diagrams, committed to the repository: `<hash>.<theme>.svg`. With them a machine without
 * a browser builds every diagram; a diagram whose hash is not here is rendered in Chromium.
 */
export const DIAGRAM_CACHE_DIR = fileURLToPath(new URL('../../diagrams/', import.meta.url));

export function mermaidVersion(): string {
  const require = createRequire(import.meta.url);
  return (require('mermaid/package.json') as { version: string }).version;
}

function cachePath(dir: string, hash: string, theme: string): string {
  return join(dir, `${hash}.${theme}.svg`);
}

export function readCachedDiagram(hash: string, dir = DIAGRAM_CACHE_DIR): RenderedDiagram | undefined {
  const paths = DIAGRAM_THEMES.map((theme) => cachePath(dir, hash, theme));
  if (!paths.every((path) => existsSync(path))) return undefined;
  return Object.fromEntries(
    DIAGRAM_THEMES.map((theme, i) => [theme, readFileSync(paths[i]!, 'utf8')]),
  ) as RenderedDiagram;
}

export function writeCachedDiagram(hash: string, diagram: RenderedDiagram, dir = DIAGRAM_CACHE_DIR): void {
  mkdirSync(dir, { recursive: true });
  for (const theme of DIAGRAM_THEMES) writeFileSync(cachePath(dir, hash, theme), `${diagram[theme]}\n`);
}

/** Hashes that have a cached file, whether or not a diagram still uses them. */
export function cachedHashes(dir = DIAGRAM_CACHE_DIR): Set<string> {
  if (!existsSync(dir)) return new Set();
  return new Set(
    readdirSync(dir)
      .map((name) => /^([0-9a-f]{16})\.[a-z]+\.svg$/.exec(name)?.[1])
      .filter((hash): hash is string => hash !== undefined),
  );
}

export function removeCachedDiagram(hash: string, dir = DIAGRAM_CACHE_DIR): void {
  for (const theme of DIAGRAM_THEMES) rmSync(cachePath(dir, hash, theme), { force: true });
}
