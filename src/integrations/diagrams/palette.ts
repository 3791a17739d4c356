import type { DiagramPalette } from './roles.ts';

/**
 * The colours diagrams are drawn in, one palette per Starlight theme, keyed by role. They reach the
 * page as custom properties set in `src/styles/diagrams.css` and match the accent colours of
 * `src/styles/theme.css` (unit tests keep all three in step and check the contrast of every label),
 * so a diagram looks like part of the page in either theme. Changing a colour here and in the CSS
 * needs no rendering.
 */
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
