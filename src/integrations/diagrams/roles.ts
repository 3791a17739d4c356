/**
 * What the renderer draws with: the colour roles of a diagram and the Mermaid configuration. The
 * renderer draws each diagram once, in sentinel colours, and replaces every sentinel with the CSS
 * custom property of its role, so one SVG follows the page's theme (see `palette.ts` for the colours
 * of each theme). This file is part of the renderer's source: a change to it renders every diagram
 * again.
 */
export interface DiagramPalette {
  /** Page background behind the diagram. */
  background: string;
  /** Fill of ordinary boxes. */
  nodeFill: string;
  /** Border of ordinary boxes; also the accent colour of the theme. */
  nodeBorder: string;
  /** Text on boxes and on the page. */
  text: string;
  /** Arrows and connecting lines. */
  line: string;
  /** Fill of groups (subgraphs). */
  groupFill: string;
  /** Border of groups. */
  groupBorder: string;
  /** Fills for branches of mind maps, in order (Mermaid has twelve). */
  branchFills: readonly string[];
}

export const BRANCH_COUNT = 12;

/** The palette as `role → colour`, a role being the suffix of its custom property. */
export function paletteRoles(p: DiagramPalette): Record<string, string> {
  return {
    background: p.background,
    'node-fill': p.nodeFill,
    'node-border': p.nodeBorder,
    text: p.text,
    line: p.line,
    'group-fill': p.groupFill,
    'group-border': p.groupBorder,
    ...Object.fromEntries(p.branchFills.map((fill, i) => [`branch-${i}`, fill])),
  };
}

/** The custom property that carries a role's colour on the page. */
export function roleProperty(role: string): string {
  return `--course-diagram-${role}`;
}

const sentinel = (i: number) => `#c0de${i.toString(16).padStart(2, '0')}`;

/**
 * A palette of colours no diagram uses on purpose, one per role, so that each colour in a rendered
 * SVG names its role. Mermaid derives some colours from the ones it is given; a derived colour
 * matches no sentinel and the renderer rejects it, rather than ship a colour that ignores the theme.
 */
export const SENTINEL_PALETTE: DiagramPalette = {
  background: sentinel(0),
  nodeFill: sentinel(1),
  nodeBorder: sentinel(2),
  text: sentinel(3),
  line: sentinel(4),
  groupFill: sentinel(5),
  groupBorder: sentinel(6),
  branchFills: Array.from({ length: BRANCH_COUNT }, (_, i) => sentinel(7 + i)),
};

/** The system font stack Starlight uses, so that labels are measured in the page's own font. */
export const DIAGRAM_FONT = 'ui-sans-serif, system-ui, sans-serif';

/** Mermaid configuration for a palette: the `base` theme, every colour it uses set from the palette. */
export function mermaidConfig(p: DiagramPalette) {
  const scale = Object.fromEntries(
    p.branchFills.flatMap((fill, i) => [
      [`cScale${i}`, fill],
      [`cScaleLabel${i}`, p.text],
      [`cScalePeer${i}`, p.nodeBorder],
      // The rule under a mind-map node; Mermaid would derive it, and a derived colour has no role.
      [`cScaleInv${i}`, p.nodeBorder],
    ]),
  );
  return {
    startOnLoad: false,
    securityLevel: 'strict',
    theme: 'base',
    htmlLabels: false,
    deterministicIds: true,
    fontFamily: DIAGRAM_FONT,
    flowchart: { useMaxWidth: true, padding: 12, wrappingWidth: 260 },
    mindmap: { useMaxWidth: true },
    themeVariables: {
      darkMode: false,
      background: p.background,
      fontFamily: DIAGRAM_FONT,
      fontSize: '16px',
      primaryColor: p.nodeFill,
      primaryBorderColor: p.nodeBorder,
      primaryTextColor: p.text,
      secondaryColor: p.groupFill,
      tertiaryColor: p.groupFill,
      mainBkg: p.nodeFill,
      nodeBorder: p.nodeBorder,
      nodeTextColor: p.text,
      textColor: p.text,
      titleColor: p.text,
      lineColor: p.line,
      clusterBkg: p.groupFill,
      clusterBorder: p.groupBorder,
      edgeLabelBackground: p.background,
      git0: p.nodeFill,
      gitBranchLabel0: p.text,
      ...scale,
    },
  };
}
