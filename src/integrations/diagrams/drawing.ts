import { diagramHash, rendererHash, svgIdPrefix } from './block.ts';
import { mermaidVersion, readCachedDiagram, writeCachedDiagram } from './cache.ts';
import {
  NARROW_CONFIG,
  narrowSources,
  phoneOutline,
  PHONE_COLUMN_PX,
  pickNarrowest,
  svgSize,
  type OutlineNode,
} from './narrow.ts';
import { MermaidSyntaxError, type MermaidOverrides } from './render.ts';

export interface DiagramRenderer {
  render(source: string, idPrefix: string, overrides?: MermaidOverrides): Promise<string>;
}

/** What a phone shows instead of the wide drawing. */
export type NarrowVariant = { kind: 'svg'; svg: string } | { kind: 'outline'; outline: OutlineNode[] };

/** A diagram's drawings: the one the author wrote, and, when that is too wide for a phone, a narrow one. */
export interface DiagramDrawing {
  hash: string;
  wide: string;
  narrow?: NarrowVariant;
}

/** The versions a drawing depends on besides its source, read once per build. */
export interface DrawingVersions {
  mermaid: string;
  renderer: string;
}

export const currentVersions = (): DrawingVersions => ({
  mermaid: mermaidVersion(),
  renderer: rendererHash(),
});

/** The id of the narrow drawing's root: the wide one's, suffixed. */
export const narrowIdPrefix = (hash: string) => `${svgIdPrefix(hash)}-narrow`;

/**
 * A diagram's drawings, from the cache or else rendered and cached: the one sequence of hash, cache
 * and render that the build, `npm run diagrams` and the built files share. `renderer` is called only
 * for a drawing the cache lacks. A source Mermaid cannot parse throws {@link MermaidSyntaxError}.
 */
export async function drawDiagram(
  source: string,
  renderer: () => DiagramRenderer,
  versions: DrawingVersions = currentVersions(),
): Promise<DiagramDrawing> {
  const hash = diagramHash(source, versions.mermaid, versions.renderer);
  let wide = readCachedDiagram(hash);
  if (!wide) {
    wide = await renderer().render(source, svgIdPrefix(hash));
    writeCachedDiagram(hash, wide);
  }
  if (svgSize(wide).width <= PHONE_COLUMN_PX) return { hash, wide };
  const outline = phoneOutline(source);
  if (outline) return { hash, wide, narrow: { kind: 'outline', outline } };
  let narrow = readCachedDiagram(hash, 'narrow');
  if (!narrow) {
    const candidates = narrowSources(source);
    if (candidates.length === 0) return { hash, wide };
    const drawings = [];
    for (const candidate of candidates) {
      try {
        const svg = await renderer().render(candidate, narrowIdPrefix(hash), NARROW_CONFIG);
        drawings.push({ svg, ...svgSize(svg) });
      } catch (error) {
        // A direction Mermaid cannot lay out is no candidate; the source itself parsed above.
        if (!(error instanceof MermaidSyntaxError)) throw error;
      }
    }
    if (drawings.length === 0) return { hash, wide };
    narrow = pickNarrowest(drawings).svg;
    writeCachedDiagram(hash, narrow, 'narrow');
  }
  return { hash, wide, narrow: { kind: 'svg', svg: narrow } };
}
