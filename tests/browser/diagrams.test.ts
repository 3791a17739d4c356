import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { closeBrowser, openPage } from '../support/browser.ts';
import { CHAPTER_SLUGS } from '../support/content.ts';
import { ROOT } from '../support/site.ts';

afterAll(closeBrowser);

const SHOTS = join(ROOT, 'test-results', 'diagrams');
mkdirSync(SHOTS, { recursive: true });

interface TextContrast {
  text: string;
  ratio: number;
}

/**
 * Runs in the page: for every label of the visible drawing, the contrast between its colour and the
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
  const svg = [...figure.querySelectorAll('svg')].find(
    (element) => getComputedStyle(element).display !== 'none',
  )!;
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

describe.each(CHAPTER_SLUGS)('diagrams of %s', (slug) => {
  test('follow the theme, stay legible in both, and are named for assistive technology', async () => {
    const shots = new Map<string, Buffer>();
    for (const theme of ['light', 'dark'] as const) {
      const { page, context, problems } = await openPage(`/chapters/${slug}/`, { theme });
      // Answer figures of "draw it yourself" exercises sit in disclosures; the student opens them.
      for (const summary of await page.getByText('Show the answer figure').all()) await summary.click();
      const figures = page.locator('figure.course-diagram');
      const count = await figures.count();
      expect(count).toBeGreaterThan(0);
      for (let i = 0; i < count; i++) {
        const figure = figures.nth(i);
        const id = (await figure.getAttribute('id'))!;
        const visible = figure.locator('svg:visible');
        await expect(visible.count()).resolves.toBe(1);
        await expect(visible.getAttribute('data-diagram-theme')).resolves.toBe(theme);

        const title = (await figure.locator('.course-diagram__title').textContent())!;
        const description = (await figure.locator('.course-diagram__description').textContent())!;
        const image = figure.getByRole('img', { name: title, exact: true });
        await expect(image.count()).resolves.toBe(1);
        await expect(image.evaluate((el) => el.getAttribute('aria-describedby'))).resolves.toBe(
          `${id}-description`,
        );
        expect(description.length).toBeGreaterThan(20);

        const contrasts = await figure.evaluate(labelContrasts);
        expect(contrasts.length).toBeGreaterThan(0);
        expect(
          contrasts.filter((label) => label.ratio < 4.5),
          `${id} in ${theme}`,
        ).toEqual([]);

        const shot = await figure.locator('.course-diagram__canvas').screenshot();
        writeFileSync(join(SHOTS, `${id}-${theme}.png`), shot);
        shots.set(`${id}-${theme}`, shot);
      }
      expect(problems).toEqual([]);
      await context.close();
    }
    for (const [key, light] of shots) {
      if (key.endsWith('-light'))
        expect(light.equals(shots.get(key.replace(/-light$/, '-dark'))!)).toBe(false);
    }
  });
});
