import type { Page } from 'playwright-core';

export interface SearchResult {
  title: string;
  href: string;
}

/** Opens Starlight's search dialog, types a query and returns Pagefind's results (page links only). */
export async function searchSite(page: Page, query: string): Promise<SearchResult[]> {
  await page.getByRole('button', { name: 'Search' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Search' }).fill(query);
  const links = dialog.locator('.pagefind-ui__result-link');
  await links.first().waitFor();
  return links.evaluateAll((anchors) =>
    anchors.map((anchor) => ({ title: anchor.textContent?.trim() ?? '', href: (anchor as HTMLAnchorElement).href })),
  );
}
