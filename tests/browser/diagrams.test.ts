import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { DIAGRAM_THEMES, diagramPalettes } from '../../src/integrations/diagrams/palette.ts';
import { paletteRoles, roleProperty } from '../../src/integrations/diagrams/roles.ts';
import { disconnectBrowser, openPage, setTheme } from '../../tools/testing/browser.ts';
import {
  inlineDrawings,
  measureFigures,
  openAnswerFigures,
  viewFullSizeAndBack,
} from '../../tools/testing/diagrams.ts';
import { CHAPTER_SLUGS } from '../../tools/testing/content.ts';
import { ROOT } from '../../tools/testing/site.ts';

afterAll(disconnectBrowser);

const SHOTS = join(ROOT, 'test-results', 'diagrams');
mkdirSync(SHOTS, { recursive: true });

interface TextContrast {
  text: string;
  ratio: number;
}

/**
 * Runs in the page (after `inlineDrawings`): for every label of the visible drawing, the contrast between its colour and the
 * colour of the shape it sits on (or the canvas). A solid block or dark-on-dark text fails.
 */
function labelContrasts(figure: Element): TextContrast[] {
  const parse = (color: string) => {
    const match = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)/.exec(color);
    return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
  };
  const luminance = ([r, g, b]: number[]) => {
    const [R, G, B] = [r!, g!, b!].map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
  };
  const svg = [...figure.querySelectorAll('.course-diagram__canvas > svg')].find(
    (drawing) => getComputedStyle(drawing).display !== 'none',
  );
  if (!svg) return [];
  const canvas = parse(getComputedStyle(figure.querySelector('.course-diagram__canvas')!).backgroundColor)!;
  const shapes = 'rect, circle, ellipse, polygon, path';
  const backgroundOf = (text: Element) => {
    for (let node: Element | null = text.parentElement; node && node !== svg; node = node.parentElement) {
      for (const shape of node.querySelectorAll(`:scope > ${shapes}, :scope > g > ${shapes}`)) {
        const fill = getComputedStyle(shape).fill;
        const opacity = Number(getComputedStyle(shape).fillOpacity);
        if (fill !== 'none' && opacity > 0.5 && parse(fill)) return parse(fill)!;
      }
    }
    return canvas;
  };
  return [...svg.querySelectorAll('text')]
    .filter((text) => text.textContent?.trim())
    .map((text) => {
      const [a, b] = [luminance(parse(getComputedStyle(text).fill)!), luminance(backgroundOf(text))];
      return { text: text.textContent!.trim(), ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) };
    });
}

/** The colour of each role's custom property as a figure of the page resolves it. */
function roleColours(figure: Element, properties: string[]): string[] {
  const probe = document.createElement('span');
  figure.append(probe);
  const colours = properties.map((property) => {
    probe.style.color = `var(${property})`;
    return getComputedStyle(probe).color;
  });
  probe.remove();
  return colours;
}

const rgb = (hex: string) =>
  `rgb(${[1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

describe.each(CHAPTER_SLUGS)('diagrams of %s', (slug) => {
  test('on a 390 px phone: each fits its column without scrolling, no label under 11 px, legible in both themes', async () => {
    const { page, context, problems } = await openPage(`/chapters/${slug}/`, { theme: 'light', width: 390 });
    await openAnswerFigures(page);
    await inlineDrawings(page);
    // Each figure as its chapter shows it; the answer key's copies show on paper only.
    const figures = page.locator('figure.course-diagram:visible');
    const count = await figures.count();
    expect(count).toBeGreaterThan(0);
    for (const figure of await figures.evaluateAll(measureFigures)) {
      expect(figure.scrolls, `${figure.id} scrolls sideways`).toBe(false);
      expect(figure.width, `${figure.id} is wider than its column`).toBeLessThanOrEqual(figure.column + 1);
      expect(figure.smallestLabel, `${figure.id}: smallest label (${figure.shown})`).toBeGreaterThanOrEqual(
        11,
      );
    }
    const shots = new Map<string, Buffer>();
    for (const theme of DIAGRAM_THEMES) {
      // The theme picker's switch: the same SVG must repaint from the custom properties.
      await setTheme(page, theme);
      const palette = diagramPalettes[theme];
      const roles = Object.entries(paletteRoles(palette));
      // Boxes are filled and bordered in the page's own accent colours (src/styles/theme.css).
      const accent = theme === 'light' ? '--sl-color-accent' : '--sl-color-accent-high';
      await expect(
        page.evaluate(
          (names) =>
            names.map((name) => getComputedStyle(document.documentElement).getPropertyValue(name).trim()),
          ['--sl-color-accent-low', accent],
        ),
        `the ${theme} accent colours of theme.css are the palette's`,
      ).resolves.toEqual([palette.nodeFill, palette.nodeBorder]);
      for (let i = 0; i < count; i++) {
        const figure = figures.nth(i);
        const id = (await figure.getAttribute('id'))!;
        await expect(
          figure.evaluate(
            roleColours,
            roles.map(([role]) => roleProperty(role)),
          ),
          `${id}: the ${theme} colours on the page are those of palette.ts`,
        ).resolves.toEqual(roles.map(([, colour]) => rgb(colour)));
        const contrasts = await figure.evaluate(labelContrasts);
        // A list has the page's own text colours, which the accessibility test checks.
        const isList = await figure.locator('.course-diagram__outline').isVisible();
        expect(contrasts.length > 0 || isList).toBe(true);
        expect(
          contrasts.filter((label) => label.ratio < 4.5),
          `${id} in ${theme}`,
        ).toEqual([]);
        const shot = await figure.locator('.course-diagram__canvas').screenshot();
        writeFileSync(join(SHOTS, `${id}-390-${theme}.png`), shot);
        shots.set(`${id}-${theme}`, shot);
      }
    }
    for (const [key, light] of shots) {
      if (key.endsWith('-light'))
        expect(light.equals(shots.get(key.replace(/-light$/, '-dark'))!)).toBe(false);
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  test('on a 1280 px screen: each shows the drawing as written, whole, named and described for assistive technology', async () => {
    const { page, context, problems } = await openPage(`/chapters/${slug}/`, { theme: 'dark', width: 1280 });
    await openAnswerFigures(page);
    const figures = page.locator('figure.course-diagram:visible');
    for (let i = 0; i < (await figures.count()); i++) {
      const figure = figures.nth(i);
      const id = (await figure.getAttribute('id'))!;
      const title = (await figure.locator('.course-diagram__title').textContent())!;
      const description = (await figure.locator('.course-diagram__description').textContent())!;
      expect(description.length).toBeGreaterThan(20);
      const image = figure.getByRole('img', { name: title, exact: true });
      await expect(image.count(), `${id}: one drawing shows, named by its caption`).resolves.toBe(1);
      await expect(image.getAttribute('class')).resolves.toBe('course-diagram__wide');
      await expect(image.getAttribute('aria-describedby')).resolves.toBe(`${id}-description`);
      const [shown] = await figure.evaluateAll(measureFigures);
      expect(shown!.scrolls, `${id} scrolls sideways`).toBe(false);
      expect(shown!.width).toBeLessThanOrEqual(shown!.column + 1);
      writeFileSync(join(SHOTS, `${id}-1280-dark.png`), await figure.screenshot());
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  test('each opens full size and goes back to its figure with the keyboard alone', async () => {
    const { page, context, problems } = await openPage(`/chapters/${slug}/`, { width: 390 });
    await openAnswerFigures(page);
    const ids = await page
      .locator('figure.course-diagram:visible')
      .evaluateAll((all) => all.map((f) => f.id));
    for (const id of ids) {
      // Each return loads the chapter anew, with its answer figures closed.
      await openAnswerFigures(page);
      await viewFullSizeAndBack(page, id);
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});
