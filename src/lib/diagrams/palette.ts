/**
 * The colours diagrams are drawn in, one palette per Starlight theme. They match the accent colours
 * set in `src/styles/theme.css` (a unit test keeps the two in step), so a diagram looks like part
 * of the page in either theme.
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

export const diagramPalettes = {
  light: {
    background: '#ffffff',
    nodeFill: '#e6edff',
    nodeBorder: '#2347b8',
    text: '#15171c',
    line: '#4a5060',
    groupFill: '#f5f6f8',
    groupBorder: '#8a90a0',
    branchFills: [
      '#e6edff',
      '#fdebd3',
      '#dcf3e6',
      '#f6e0f0',
      '#e4f1f8',
      '#efe9d6',
      '#e9e4fb',
      '#fbe3e3',
      '#e0f2ef',
      '#f3efdc',
      '#e8eef3',
      '#f0e6f5',
    ],
  },
  dark: {
    background: '#17181c',
    nodeFill: '#1f2b52',
    nodeBorder: '#8fb0ff',
    text: '#eef0f4',
    line: '#b4bac6',
    groupFill: '#22252c',
    groupBorder: '#6b7180',
    branchFills: [
      '#1f2b52',
      '#4a3218',
      '#163a28',
      '#43203b',
      '#17384a',
      '#3b3520',
      '#2e2452',
      '#4a1f24',
      '#153d38',
      '#3a3418',
      '#24303c',
      '#3a2444',
    ],
  },
} as const satisfies Record<'light' | 'dark', DiagramPalette>;

export type DiagramTheme = keyof typeof diagramPalettes;
export const DIAGRAM_THEMES = Object.keys(diagramPalettes) as DiagramTheme[];

/** The system font stack Starlight uses, so that labels are measured in the page's own font. */
export const DIAGRAM_FONT = 'ui-sans-serif, system-ui, sans-serif';

/** Mermaid configuration for one palette: the `base` theme, coloured from the palette. */
export function mermaidConfig(theme: DiagramTheme) {
  const p: DiagramPalette = diagramPalettes[theme];
  const scale = Object.fromEntries(
    p.branchFills.flatMap((fill, i) => [
      [`cScale${i}`, fill],
      [`cScaleLabel${i}`, p.text],
      [`cScalePeer${i}`, p.nodeBorder],
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
      darkMode: theme === 'dark',
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
