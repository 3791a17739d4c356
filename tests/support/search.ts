import type { Page } from 'playwright-core';

export interface SearchResult {
  title: string;
  href: string;
}

/** Opens Starlight's search dialog, types a query and returns Pagefind's results, one per page. */
export async function searchSite(page: Page, query: string): Promise<SearchResult[]> {
  await page.getByRole('button', { name: 'Search' }).first().click();
  const dialog = page.getByRole('dialog');
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
  const results = dialog.locator('.pagefind-ui__result');
  return results.evaluateAll((items) =>
    items.map((item) => {
      const anchor = item.querySelector<HTMLAnchorElement>('.pagefind-ui__result-link')!;
      return { title: anchor.textContent?.trim() ?? '', href: anchor.href };
    }),
  );
}
