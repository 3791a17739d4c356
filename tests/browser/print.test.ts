import { afterAll, expect, test } from 'vitest';
import { diagramPalettes } from '../../src/integrations/diagrams/palette.ts';
import { disconnectBrowser, openPage } from '../../tools/testing/browser.ts';
import { inlineDrawings } from '../../tools/testing/diagrams.ts';
import { readBuilt } from '../../tools/testing/site.ts';

afterAll(disconnectBrowser);

const rgb = (hex: string) =>
  `rgb(${[1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

/** A4 at 96 px per inch, less the page margins of src/styles/print.css (16 mm top, 18 mm bottom). */
const PRINTABLE_HEIGHT_PX = ((297 - 16 - 18) / 25.4) * 96;
const PRINTABLE_WIDTH_PX = ((210 - 15 - 15) / 25.4) * 96;

test('a printed chapter has no navigation, ends with its answer key, and no figure is cut', async () => {
  const { page, context, problems } = await openPage('/chapters/building-a-strategy/', { theme: 'dark' });
  await page.setViewportSize({
    width: Math.round(PRINTABLE_WIDTH_PX),
    height: Math.round(PRINTABLE_HEIGHT_PX),
  });
  await page.emulateMedia({ media: 'print' });

  for (const chrome of [
    'header.header',
    'nav.sidebar',
    '.right-sidebar',
    '.pagination-links',
    'site-search',
    'mobile-starlight-toc',
  ]) {
    const visible = await page
      .locator(chrome)
      .evaluateAll((elements) =>
        elements.some(
          (element) =>
            element.getBoundingClientRect().height > 0 && getComputedStyle(element).display !== 'none',
        ),
      );
    expect(visible, chrome).toBe(false);
  }
  await expect(page.getByRole('button', { name: 'Check' }).first().isVisible()).resolves.toBe(false);

  // A drop-down prints as a blank line: a matching question lists its choices on paper.
  const matching = page.getByRole('group', { name: /Match each company to the value discipline/ });
  await expect(matching.getByText('Choose from:').textContent()).resolves.toMatch(
    /^Choose from: .*Operational excellence/,
  );
  await expect(matching.getByText('Choose from:').isVisible()).resolves.toBe(true);
  await page.emulateMedia({ media: 'screen' });
  await expect(matching.getByText('Choose from:').isVisible()).resolves.toBe(false);
  await page.emulateMedia({ media: 'print' });

  const answerKey = page.locator('.course-answer-key');
  await expect(answerKey.isVisible()).resolves.toBe(true);
  await expect(answerKey.getByRole('heading', { name: 'Answer key' }).isVisible()).resolves.toBe(true);
  await expect(answerKey.locator('.course-answer__explanation').count()).resolves.toBeGreaterThanOrEqual(15);

  // Flashcards print as questions with their answers.
  await expect(page.locator('.course-flashcard__back').first().isVisible()).resolves.toBe(true);

  // Paper shows the drawing as written, never the phone's variant; its labels are read from a copy.
  await inlineDrawings(page);
  const figures = await page.locator('figure.course-diagram').evaluateAll((all) =>
    all.map((figure) => {
      const box = figure.getBoundingClientRect();
      const svg = figure.querySelector('.course-diagram__wide')!;
      const narrow = figure.querySelector('.course-diagram__narrow');
      const label = [...svg.querySelectorAll('text')].find((text) => text.textContent?.trim())!;
      const shape = [...svg.querySelectorAll('rect, path, polygon, circle')].find(
        (shape) =>
          !shape.closest('marker') && !['none', 'rgba(0, 0, 0, 0)'].includes(getComputedStyle(shape).fill),
      )!;
      return {
        id: figure.id,
        height: box.height,
        width: box.width,
        svgWidth: svg.getBoundingClientRect().width,
        breakInside: getComputedStyle(figure).breakInside,
        shown: [getComputedStyle(svg).display, narrow ? getComputedStyle(narrow).display : 'none'],
        label: getComputedStyle(label).fill,
        shape: getComputedStyle(shape).fill,
      };
    }),
  );
  expect(figures.length).toBeGreaterThan(0);
  const light = diagramPalettes.light;
  const lightFills = [
    light.nodeFill,
    light.groupFill,
    light.line,
    light.background,
    ...light.branchFills,
  ].map(rgb);
  for (const figure of figures) {
    expect(figure.breakInside, figure.id).toBe('avoid');
    expect(figure.shown, `${figure.id}: the wide drawing prints, the narrow one does not`).toEqual([
      'block',
      'none',
    ]);
    expect(figure.height, figure.id).toBeLessThanOrEqual(PRINTABLE_HEIGHT_PX);
    expect(figure.svgWidth, figure.id).toBeLessThanOrEqual(figure.width + 1);
    // The page is dark on screen; paper gets the light palette.
    expect(figure.label, `${figure.id} prints its labels in the light palette`).toBe(rgb(light.text));
    expect(lightFills, `${figure.id} prints its shapes in the light palette`).toContain(figure.shape);
  }
  expect(problems).toEqual([]);
  await context.close();
});

test('the whole-course print page joins every chapter and the glossary with unique ids, outside search', async () => {
  const { page, context, problems } = await openPage('/print/');
  const titles = await page.locator('.course-print__chapter > h1').allTextContents();
  expect(titles.map((title) => title.trim())).toEqual([
    'Chapter 1. Introduction to CRM',
    'Chapter 2. CRM business models',
    'Chapter 3. Building a CRM strategy',
    'Chapter 4. CRM strategy in practice',
    'Glossary',
  ]);
  const duplicates = await page.evaluate(() => {
    const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
    return ids.filter((id, i) => ids.indexOf(id) !== i);
  });
  expect(duplicates).toEqual([]);

  // A link between chapters stays on the print page.
  const chapters = page
    .getByRole('article')
    .filter({ has: page.getByRole('heading', { level: 1, name: /^Chapter \d/ }) });
  const crossLink = chapters.locator('a[href^="#building-a-strategy--"]').last();
  const target = (await crossLink.getAttribute('href'))!;
  await expect(page.locator(target).count()).resolves.toBe(1);
  // A glossary term in a chapter is a word on paper; the glossary's own cross-references stay links.
  await expect(chapters.getByText('This is strategic CRM from chapter 1').count()).resolves.toBe(1);
  await expect(chapters.locator('a[href*="glossary"]').count()).resolves.toBe(0);
  const glossary = page.getByRole('article', { name: 'Glossary' });
  await expect(glossary.locator('a[href^="#glossary--"]').count()).resolves.toBeGreaterThan(0);

  expect(readBuilt('print/index.html')).not.toContain('data-pagefind-body');
  expect(problems).toEqual([]);
  await context.close();
});
