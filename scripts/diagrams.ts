/**
 * Renders every Mermaid diagram of the course that has no cached SVG yet, and deletes cached SVGs
 * that no diagram uses any more. Needs Chromium. Commit `src/diagrams/` afterwards.
 */
import { diagramHash, svgIdPrefix } from '../src/lib/diagrams/block.ts';
import {
  cachedHashes,
  mermaidVersion,
  readCachedDiagram,
  removeCachedDiagram,
  writeCachedDiagram,
} from '../src/lib/diagrams/cache.ts';
import { MermaidRenderer } from '../src/lib/diagrams/render.ts';
import { findDiagramSources } from '../src/lib/diagrams/sources.ts';

const version = mermaidVersion();
const renderer = new MermaidRenderer();
const used = new Set<string>();
let rendered = 0;
let failed = 0;
try {
  for (const diagram of findDiagramSources()) {
    const hash = diagramHash(diagram.source, version);
    used.add(hash);
    if (readCachedDiagram(hash)) continue;
    try {
      writeCachedDiagram(hash, await renderer.render(diagram.source, svgIdPrefix(hash)));
      rendered++;
      console.log(`rendered ${diagram.file}:${diagram.line}`);
    } catch (error) {
      failed++;
      console.error(`${diagram.file}:${diagram.line}: ${(error as Error).message}`);
    }
  }
} finally {
  await renderer.close();
}
const stale = [...cachedHashes()].filter((hash) => !used.has(hash));
for (const hash of stale) removeCachedDiagram(hash);
console.log(`${used.size} diagrams: ${rendered} rendered, ${stale.length} stale removed, ${failed} failed.`);
process.exitCode = failed > 0 ? 1 : 0;
