import type { Locator, Page } from 'playwright-core';

/** A glossary term in a page's text: a link to its entry, found by its name. */
export function termLink(page: Page, name: string): Locator {
  return page.getByRole('main').getByRole('link', { name, exact: true }).first();
}

/** The popover a term opened in a chapter: a dialog named after the term. */
export function termPopover(page: Page, term: string | RegExp = /.+/): Locator {
  return page.getByRole('dialog', { name: term });
}

/** Opens a chapter's first glossary term, as a student who clicks it, and waits for its definition. */
export async function openFirstTerm(page: Page): Promise<Locator> {
  const term = page.getByRole('main').getByRole('link').and(page.locator('[href*="/glossary/#"]')).first();
  await term.click();
  const popover = termPopover(page);
  await popover.waitFor();
  return popover;
}
