/**
 * Renders every Mermaid diagram of the course that has no cached SVG yet (and its narrow drawing for a
 * phone, where it needs one), and deletes cached SVGs that no diagram uses any more (`npm run build`
 * does both too). Needs Chromium for new or changed diagrams. Commit `src/diagrams/` afterwards.
 */
import { cachedHashes, pruneCachedDiagrams } from '../src/integrations/diagrams/cache.ts';
import { currentVersions, drawDiagram } from '../src/integrations/diagrams/drawing.ts';
import { MermaidRenderer } from '../src/integrations/diagrams/render.ts';
import { findDiagramSources } from '../src/integrations/diagrams/sources.ts';

const versions = currentVersions();
const before = cachedHashes();
const renderer = new MermaidRenderer();
const used = new Set<string>();
let failed = 0;
try {
  for (const diagram of findDiagramSources()) {
    try {
      const { hash } = await drawDiagram(diagram.source, () => renderer, versions);
      used.add(hash);
      if (!before.has(hash)) console.log(`rendered ${diagram.file}:${diagram.line}`);
    } catch (error) {
      failed++;
      console.error(`${diagram.file}:${diagram.line}: ${(error as Error).message}`);
    }
  }
} finally {
  await renderer.close();
}
const stale = pruneCachedDiagrams(used);
const rendered = [...used].filter((hash) => !before.has(hash)).length;
console.log(
  `${used.size} diagrams: ${rendered} rendered, ${stale.length} stale SVGs removed, ${failed} failed.`,
);
process.exitCode = failed > 0 ? 1 : 0;
