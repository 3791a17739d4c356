import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { disconnectBrowser, openPage } from '../../tools/testing/browser.ts';
import { courseQuestions } from '../../tools/testing/course-questions.ts';
import { answerSingle, readyQuestion } from '../../tools/testing/quiz.ts';

afterAll(disconnectBrowser);

const counts = (text: string | null) =>
  /^(\d+) due, (\d+) new, (\d+) cards in all\.$/
    .exec(text ?? '')
    ?.slice(1)
    .map(Number);

test('a review session shows a card, its answer, and schedules it by the grade given', async () => {
  const { page, context, problems } = await openPage('/review/');
  const status = page.locator('.course-review__counts');
  const [due, fresh, total] = counts(await status.textContent())!;
  expect(due).toBe(0);
  expect(fresh).toBe(total);
  expect(total).toBeGreaterThanOrEqual(46);

  const front = await page.locator('.course-review__front').textContent();
  await page.getByRole('button', { name: 'Show answer' }).click();
  await expect(page.locator('.course-review__back').isVisible()).resolves.toBe(true);
  const grades = page.getByRole('group', { name: 'How well did you remember it?' });
  await expect(grades.getByRole('button').allTextContents()).resolves.toEqual([
    expect.stringMatching(/^Again\d+ min$/),
    expect.stringMatching(/^Hard/),
    expect.stringMatching(/^Good/),
    expect.stringMatching(/^Easy\d+ days?$/),
  ]);
  await expect(
    grades.getByRole('button', { name: /^Good/ }).evaluate((el) => el === document.activeElement),
  ).resolves.toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.locator('.course-review__front').textContent()).resolves.not.toBe(front);
  expect(counts(await status.textContent())).toEqual([0, total! - 1, total]);

  await page.reload();
  expect(counts(await page.locator('.course-review__counts').textContent())).toEqual([0, total! - 1, total]);
  expect(problems).toEqual([]);
  await context.close();
});

test('progress exports to a JSON file and imports back in another browser', async () => {
  const first = await openPage('/review/');
  await first.page.getByRole('button', { name: 'Show answer' }).click();
  await first.page.getByRole('button', { name: /^Easy/ }).click();
  const download = first.page.waitForEvent('download');
  await first.page.getByRole('button', { name: 'Export progress' }).click();
  const file = join(mkdtempSync(join(tmpdir(), 'crm-course-')), 'progress.json');
  await (await download).saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported).toMatchObject({ course: 'crm-course', format: 2, questionMistakes: {} });
  expect(Object.keys(exported.reviewStates)).toHaveLength(1);
  await first.context.close();

  const second = await openPage('/review/');
  const [, fresh, total] = counts(await second.page.locator('.course-review__counts').textContent())!;
  expect(fresh).toBe(total);
  await second.page.getByLabel('Import progress').setInputFiles(file);
  await second.page.locator('.course-review__message', { hasText: 'Imported' }).waitFor();
  await expect(second.page.locator('.course-review__message').textContent()).resolves.toMatch(
    /^Imported \d+ quiz answers and 1 card reviews\./,
  );
  expect(counts(await second.page.locator('.course-review__counts').textContent())).toEqual([
    0,
    total! - 1,
    total,
  ]);
  await second.page
    .getByLabel('Import progress')
    .setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{}') });
  await second.page.locator('.course-review__message', { hasText: 'not exported' }).waitFor();
  await expect(second.page.locator('.course-review__message').textContent()).resolves.toBe(
    'This file was not exported from this course.',
  );
  expect(second.problems).toEqual([]);
  await second.context.close();
});

test('a question answered wrong in a chapter is due on the review page, with a link back to its section', async () => {
  const { page, context, problems } = await openPage('/chapters/introduction/');
  const fieldset = await readyQuestion(page, 'intro-perspective-insurer-prediction');
  const prompt = (await fieldset.locator('legend').textContent())!.replace(/^\s*\d+\.\s*/, '').trim();
  await answerSingle(fieldset, { right: false });
  await fieldset.getByRole('button', { name: 'Check' }).click();

  await page.goto(page.url().replace('/chapters/introduction/', '/review/'));
  expect(counts(await page.locator('.course-review__counts').textContent())![0]).toBe(1);
  await expect(page.locator('.course-review__front').textContent()).resolves.toBe(prompt);
  await expect(page.locator('.course-review__cues li').count()).resolves.toBeGreaterThan(1);
  await page.getByRole('button', { name: 'Show answer' }).click();
  const reread = page.locator('.course-review__back').getByRole('link');
  await expect(reread.getAttribute('href')).resolves.toMatch(
    /^\/crm-course\/chapters\/introduction\/#[a-z0-9-]+$/,
  );
  const target = new URL((await reread.getAttribute('href'))!, page.url());
  await page.getByRole('button', { name: /^Good/ }).click();
  expect(counts(await page.locator('.course-review__counts').textContent())![0]).toBe(0);
  // The link lands on a heading of the chapter.
  await page.goto(target.href);
  await expect(page.locator(`[id="${target.hash.slice(1)}"]`).count()).resolves.toBe(1);
  expect(problems).toEqual([]);
  await context.close();
});

test('the Anki deck is linked and lists every card and every written question', async () => {
  const { page, context } = await openPage('/review/');
  const link = page.getByRole('link', { name: 'Download the whole deck for Anki' });
  const response = await page.request.get(new URL((await link.getAttribute('href'))!, page.url()).href);
  expect(response.headers()['content-type']).toContain('text/plain');
  const lines = (await response.text()).trimEnd().split('\n');
  expect(lines[0]).toBe('#separator:tab');
  const notes = lines.filter((line) => !line.startsWith('#')).map((line) => line.split('\t'));
  const cards = await page.locator('[data-card-id]').count();
  const written = courseQuestions().filter((question) => question.type === 'written');
  expect(notes).toHaveLength(cards + written.length);
  // A written question's note: its prompt on the front, its model answer and marking points on the back.
  const [question] = written;
  const note = notes.find(([, , front]) => front === question!.prompt);
  expect(note?.[3]).toContain('<p>Marking points:</p>');
  await context.close();
});

test('without JavaScript the review page lists every card to turn over', async () => {
  const { page, context } = await openPage('/review/', { javaScriptEnabled: false });
  await expect(page.getByRole('button', { name: 'Show answer' }).isVisible()).resolves.toBe(false);
  const first = page.locator('[data-card-id] details').first();
  await first.locator('summary').click();
  await expect(first.locator('.course-review__list-back').isVisible()).resolves.toBe(true);
  await context.close();
});
