import type { Page } from 'playwright-core';
import { openPage, type OpenedPage } from './browser.ts';
import { SEARCH_RANKING } from '../../src/course/search-ranking.ts';
import { TEST_BASE } from './site.ts';

export interface SearchResult {
  title: string;
  href: string;
}

/** Opens Starlight's search dialog (unless open), types a query and returns Pagefind's results, one per page. */
export async function searchSite(page: Page, query: string): Promise<SearchResult[]> {
  const dialog = page.getByRole('dialog');
  // Opened before Starlight has mounted Pagefind's interface, the dialog would stay empty.
  await page.locator('#starlight__search > *').first().waitFor({ state: 'attached' });
  if (!(await dialog.isVisible())) await page.getByRole('button', { name: 'Search' }).first().click();
  await dialog.getByRole('textbox', { name: 'Search' }).fill(query);
  // Pagefind shows placeholders first and fills each result in as its page loads.
  const escaped = query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await dialog
    .locator('.pagefind-ui__message', { hasText: new RegExp(`^\\d+ results? for ${escaped}`) })
    .waitFor();
  await page.waitForFunction(() => {
    const items = [...document.querySelectorAll('.pagefind-ui__result')].slice(0, 5);
    return items.length > 0 && items.every((item) => item.querySelector('.pagefind-ui__result-link[href]'));
  });
  const results = await dialog.locator('.pagefind-ui__result').evaluateAll((items) =>
    items.map((item) => {
      const anchor = item.querySelector<HTMLAnchorElement>('.pagefind-ui__result-link')!;
      return { title: anchor.textContent?.trim() ?? '', href: anchor.href };
    }),
  );
  return results;
}

/**
 * One home page for a file's many searches, as a student searches again and again: opening a fresh
 * page per query would spend most of the test's time loading pages. Its problems are checked at the
 * end of the file.
 */
export function searchPage(): { get: () => Promise<OpenedPage> } {
  let opened: Promise<OpenedPage> | undefined;
  return { get: () => (opened ??= openPage('/')) };
}

/**
 * Searches the built index the way Starlight's search box does (Pagefind, with the course's ranking),
 * without the dialog: the URLs of the results, best first. For checks that run many queries.
 */
export async function searchIndex(page: Page, queries: readonly string[]): Promise<Map<string, string[]>> {
  // A string, so that the test runner leaves the page's own `import()` alone.
  const results = (await page.evaluate(`(async () => {
    const pagefind = await import(${JSON.stringify(`${TEST_BASE}pagefind/pagefind.js`)});
    await pagefind.options({ ranking: ${JSON.stringify(SEARCH_RANKING)} });
    const found = [];
    for (const query of ${JSON.stringify(queries)}) {
      const { results } = await pagefind.search(query);
      const data = await Promise.all(results.slice(0, 5).map((result) => result.data()));
      found.push([query, data.map((entry) => entry.url)]);
    }
    return found;
  })()`)) as Array<[string, string[]]>;
  return new Map(results);
}
