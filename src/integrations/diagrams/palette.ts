import { paletteRoles, roleProperty, type DiagramPalette } from './roles.ts';

/**
 * The colours diagrams are drawn in, one palette per Starlight theme, keyed by role. They reach the
 * page as custom properties ({@link diagramPaletteCss}) and match the accent colours of
 * `src/styles/theme.css` (tests check that in the browser, and the contrast of every label), so a
 * diagram looks like part of the page in either theme. Changing a colour here needs no rendering.
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

/**
 * The palettes as the CSS custom properties the SVGs are painted with. Light is the default, so paper
 * gets it; Starlight's root is dark unless `data-theme` says light, so on screen that is dark.
 */
const paletteProperties = (theme: DiagramTheme) =>
  Object.entries(paletteRoles(diagramPalettes[theme]))
    .map(([role, colour]) => `${roleProperty(role)}: ${colour};`)
    .join(' ');

/**
 * The light palette as a `style` attribute, for a drawing opened on its own ("View full size"), where
 * no page sets the theme. An attribute, not a `<style>` element: pages show the same file through
 * `<use>`, and their Content-Security-Policy refuses style elements from it (it allows attributes).
 */
export function diagramFileStyle(): string {
  return paletteProperties('light');
}

export function diagramPaletteCss(): string {
  const properties = paletteProperties;
  return `@layer course.diagrams {
  .course-diagram { ${properties('light')} }
  @media screen {
    :root:not([data-theme='light']) .course-diagram { ${properties('dark')} }
  }
}
`;
}
