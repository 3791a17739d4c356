import { diagramFileName } from './cache.ts';
import type { DiagramDrawing } from './drawing.ts';
import { svgSize } from './narrow.ts';
import { diagramFileStyle } from './palette.ts';
import { DIAGRAM_FONT, roleProperty } from './roles.ts';

const escapeXml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Room above the drawing for the link back, and around it, in pixels. */
const MARGIN = 16;
const HEADER = 48;

/**
 * The wide drawing as a document of its own: what "View full size" opens, where the browser zooms and
 * pans it natively, and what pages show through `<use href="…#<id>">` (which takes only the drawing,
 * not the colours and link around it). Opened on its own it is painted in the light palette, as on
 * paper, and starts with a link back to the figure in the text.
 */
export function fullSizeDocument(drawing: DiagramDrawing, title: string, backHref: string): string {
  const { width, height } = svgSize(drawing.wide);
  const [w, h] = [Math.ceil(width) + 2 * MARGIN, Math.ceil(height) + HEADER + MARGIN];
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family="${DIAGRAM_FONT}" style="${diagramFileStyle()}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="100%" height="100%" fill="var(${roleProperty('background')})"/>`,
    `<a href="${escapeXml(backHref)}"><text x="${MARGIN}" y="30" font-size="16" fill="var(${roleProperty('node-border')})" text-decoration="underline">← Back to the text</text></a>`,
    `<g transform="translate(${MARGIN} ${HEADER})">${drawing.wide.trim()}</g>`,
    `</svg>`,
  ].join('\n');
}

/** The files of a diagram in the built site, by name: the full-size document, and the narrow drawing. */
export function diagramFiles(drawing: DiagramDrawing, title: string, backHref: string): Map<string, string> {
  const files = new Map([[diagramFileName(drawing.hash), fullSizeDocument(drawing, title, backHref)]]);
  if (drawing.narrow?.kind === 'svg') files.set(diagramFileName(drawing.hash, 'narrow'), drawing.narrow.svg);
  return files;
}
