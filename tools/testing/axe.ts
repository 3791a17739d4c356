import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** The rules of WCAG 2.2 A and AA, as axe tags them. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe's violations on the page as it stands, run in the page itself (the course has no frames), of
 * the WCAG 2.2 A and AA rules or of `rules` when given. axe is put into the page once, however often
 * it then runs: each copy of its 550 KB takes about a second on a 2-core machine.
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(
    async ({ tags, rules }) => {
      const results = await (window as unknown as { axe: typeof axe }).axe.run(document, {
        runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: tags },
        // Only violations are reported in full: the passes of a long chapter are a megabyte.
        resultTypes: ['violations'],
      });
      return results.violations.map(
        (violation) =>
          `${violation.id}: ${violation.help} (${violation.nodes
            .map((node) => node.target.join(' '))
            .slice(0, 5)
            .join(', ')})`,
      );
    },
    { tags: WCAG_TAGS, rules },
  );
}
