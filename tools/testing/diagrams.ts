import type { Locator, Page } from 'playwright-core';

/**
 * Runs in the page: replaces every `<use>` of the figures' drawings with a copy of the element it
 * shows, fetched from its file. The picture is the same (the copy sits where `<use>` put it, in the
 * same custom properties), but a test can then read its labels, their colours and sizes, which
 * `<use>` keeps in a closed shadow tree.
 */
export async function inlineDrawings(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const files = new Map<string, Promise<Document>>();
    const load = (url: string) => {
      if (!files.has(url)) {
        files.set(
          url,
          fetch(url)
            .then((response) => response.text())
            .then((text) => new DOMParser().parseFromString(text, 'image/svg+xml')),
        );
      }
      return files.get(url)!;
    };
    for (const use of document.querySelectorAll<SVGUseElement>('figure.course-diagram use')) {
      const [url, id] = use.href.baseVal.split('#');
      const shown = (await load(new URL(url!, location.href).href)).getElementById(id!);
      if (!shown) throw new Error(`${use.href.baseVal} shows nothing`);
      use.replaceWith(document.importNode(shown, true));
    }
  });
}

/** What a figure shows, as measured in the page (after {@link inlineDrawings}). */
export interface ShownFigure {
  id: string;
  /** Which drawing shows: the wide one, the narrow one, or the narrow one read as a list. */
  shown: 'wide' | 'narrow' | 'outline';
  /** Width of what shows, and the width available inside the figure's frame, in CSS pixels. */
  width: number;
  column: number;
  /** Whether anything in the figure scrolls sideways. */
  scrolls: boolean;
  /** The smallest label as drawn on screen, in CSS pixels. */
  smallestLabel: number;
}

/**
 * Runs in the page: {@link ShownFigure} of each figure given (a function of its own, as the page
 * receives it: it can call nothing from outside its body).
 */
export function measureFigures(figures: Element[]): ShownFigure[] {
  return figures.map(measureFigure);

  function measureFigure(figure: Element): ShownFigure {
    const canvas = figure.querySelector<HTMLElement>('.course-diagram__canvas')!;
    const shown = [...canvas.children].find((child) => getComputedStyle(child).display !== 'none')!;
    const style = getComputedStyle(canvas);
    const column = canvas.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const labels = shown.matches('svg')
      ? [...shown.querySelectorAll('text')]
          .filter((text) => text.textContent?.trim())
          .map(
            (text) =>
              parseFloat(getComputedStyle(text).fontSize) * (text as SVGTextElement).getScreenCTM()!.a,
          )
      : [...shown.querySelectorAll('li')].map((item) => parseFloat(getComputedStyle(item).fontSize));
    return {
      id: figure.id,
      shown: shown.classList.contains('course-diagram__outline')
        ? 'outline'
        : shown.classList.contains('course-diagram__narrow')
          ? 'narrow'
          : 'wide',
      width: shown.getBoundingClientRect().width,
      column,
      scrolls: figure.scrollWidth > figure.clientWidth + 1 || canvas.scrollWidth > canvas.clientWidth + 1,
      smallestLabel: Math.min(...labels),
    };
  }
}

/**
 * Shows the figures of the drawing questions, as a student does: says the drawing is done on paper,
 * then compares it with the course's figure.
 */
export async function openAnswerFigures(page: Page): Promise<void> {
  const drawings = page.locator('fieldset[data-type="written"]').filter({ has: page.locator('figure') });
  for (const fieldset of await drawings.all()) {
    await fieldset.scrollIntoViewIfNeeded();
    const compare = fieldset.getByRole('button', { name: 'Compare with the model answer' });
    await compare.waitFor();
    await fieldset.getByRole('checkbox', { name: 'I have drawn it on paper' }).check();
    await compare.press('Enter');
    await fieldset.locator('figure').first().waitFor();
  }
}

/** The "View full size" link of a figure. */
const fullSizeLink = (figure: Locator) => figure.getByRole('link', { name: /^View full size: / });

/**
 * Opens a figure full size and goes back to it, as a keyboard user does: Enter on the figure's link,
 * Tab to the drawing's link back, Enter. Checks that the drawing itself showed, and returns to the
 * figure on the page it came from.
 */
export async function viewFullSizeAndBack(page: Page, figureId: string): Promise<void> {
  const from = page.url().split('#')[0]!;
  const link = fullSizeLink(page.locator(`#${figureId}`));
  await link.focus();
  await link.press('Enter');
  await page.waitForURL(/\/diagrams\/[0-9a-f]{16}\.svg$/);
  // The drawing itself, as big as it was drawn, for the browser to zoom.
  const shown = await page.evaluate(() => ({
    root: document.documentElement.localName,
    labels: document.querySelectorAll('svg svg text').length,
  }));
  if (shown.root !== 'svg' || shown.labels === 0) throw new Error(`${figureId} opened no drawing full size.`);
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement?.textContent);
  if (focused !== '← Back to the text') throw new Error(`Tab focused "${focused}", not the link back.`);
  await page.keyboard.press('Enter');
  await page.waitForURL(`${from}#${figureId}`);
}
