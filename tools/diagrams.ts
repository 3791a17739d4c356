/**
 * Renders every Mermaid diagram of the course that has no cached SVG yet, and deletes cached SVGs
 * that no diagram uses any more (`npm run build` does both too). Needs Chromium for new or changed
 * diagrams. Commit `src/diagrams/` afterwards.
 */
import { diagramHash, rendererHash, svgIdPrefix } from '../src/integrations/diagrams/block.ts';
import {
  mermaidVersion,
  pruneCachedDiagrams,
  readCachedDiagram,
  writeCachedDiagram,
} from '../src/integrations/diagrams/cache.ts';
import { MermaidRenderer } from '../src/integrations/diagrams/render.ts';
import { findDiagramSources } from '../src/integrations/diagrams/sources.ts';

const version = mermaidVersion();
const rendererSource = rendererHash();
const renderer = new MermaidRenderer();
const used = new Set<string>();
let rendered = 0;
let failed = 0;
try {
  for (const diagram of findDiagramSources()) {
    const hash = diagramHash(diagram.source, version, rendererSource);
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
const stale = pruneCachedDiagrams(used);
console.log(
  `${used.size} diagrams: ${rendered} rendered, ${stale.length} stale SVGs removed, ${failed} failed.`,
);
process.exitCode = failed > 0 ? 1 : 0;
