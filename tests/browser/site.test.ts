import { afterAll, describe, expect, test } from 'vitest';
import { TEST_BASE } from '../../tools/testing/site.ts';
import { disconnectBrowser, openPage } from '../../tools/testing/browser.ts';
import { searchSite } from '../../tools/testing/search.ts';

afterAll(disconnectBrowser);

describe('the course site under a base path', () => {
  test('the home page says what the course is and lists the chapters', async () => {
    const { page, context, problems } = await openPage('/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(
      /Customer Relationship Management/,
    );
    for (const chapter of [
      'Introduction to CRM',
      'CRM business models',
      'Building a CRM strategy',
      'CRM strategy in practice',
    ]) {
      await expect(
        page
          .getByRole('main')
          .getByRole('link', { name: new RegExp(chapter) })
          .count(),
      ).resolves.toBeGreaterThan(0);
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  test('the sidebar leads from one chapter to the next', async () => {
    const { page, context, problems } = await openPage('/chapters/introduction/');
    const sidebar = page.getByRole('navigation', { name: 'Main' });
    await sidebar.getByRole('link', { name: 'CRM business models' }).click();
    await page.waitForURL(`**${TEST_BASE}chapters/business-models/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('CRM business models');
    await expect(
      page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'CRM business models' })
        .getAttribute('aria-current'),
    ).resolves.toBe('page');
    expect(problems).toEqual([]);
    await context.close();
  });

  test('search finds a chapter and opens it', async () => {
    const { page, context, problems } = await openPage('/');
    const results = await searchSite(page, 'Relationship Optimizers');
    expect(results[0]?.href).toContain(`${TEST_BASE}chapters/business-models/`);
    await page.getByRole('dialog').getByRole('link').first().click();
    await page.waitForURL(`**${TEST_BASE}chapters/business-models/**`);
    expect(problems).toEqual([]);
    await context.close();
  });
});
