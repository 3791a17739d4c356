import { afterAll, expect, test } from 'vitest';
import { disconnectBrowser, openPage } from '../../tools/testing/browser.ts';
import { CHAPTER_SLUGS } from '../../tools/testing/content.ts';
import { answerSingle, feedback } from '../../tools/testing/quiz.ts';

afterAll(disconnectBrowser);

const EXAM = '/exam/';

/** The visible exam questions, once the exam works: their ids and chapters, in the order shown. */
async function drawnQuestions(page: import('playwright-core').Page, { script = true } = {}) {
  if (script) await page.getByRole('button', { name: 'Hand in' }).waitFor();
  return page.locator('.course-exam__questions fieldset:not([hidden])').evaluateAll((fieldsets) =>
    fieldsets.map((fieldset) => ({
      id: (fieldset as HTMLElement).dataset['questionId']!,
      chapter: (fieldset as HTMLElement).dataset['chapter']!,
      number: fieldset.querySelector('.course-question__number')!.textContent,
    })),
  );
}

test('an exam draws 40 questions from every chapter, grades them on hand-in, and sends mistakes to review', async () => {
  const { page, context, problems } = await openPage(EXAM);
  const drawn = await drawnQuestions(page);
  expect(drawn).toHaveLength(40);
  expect(new Set(drawn.map((q) => q.id)).size).toBe(40);
  for (const chapter of CHAPTER_SLUGS) {
    expect(drawn.filter((q) => q.chapter === chapter).length, chapter).toBeGreaterThanOrEqual(3);
  }
  expect(drawn.map((q) => q.number)).toEqual(drawn.map((_, i) => `${i + 1}.`));

  // Nothing is graded before hand-in: there is no Check button, and answering shows no feedback.
  const single = page.locator('.course-exam__questions fieldset:not([hidden])[data-type="single"]').first();
  await expect(single.getByRole('button', { name: 'Check' }).count()).resolves.toBe(0);
  await answerSingle(single, { right: true });
  await expect(feedback(single).textContent()).resolves.toBe('');

  await page.getByRole('button', { name: 'Hand in' }).click();
  const result = page.getByRole('region', { name: 'Your result' });
  await expect(result.locator('.course-exam__score').textContent()).resolves.toMatch(
    /^You answered 1 of 40 questions correctly \(3 %\)\./,
  );
  await expect(page.getByRole('status').filter({ hasText: 'You answered 1 of 40' }).count()).resolves.toBe(1);
  await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Your result');
  await expect(feedback(single).textContent()).resolves.toMatch(/^Correct\./);
  // A score per chapter, each chapter linked, with sections to re-read.
  const rows = result.getByRole('listitem');
  await expect(rows.count()).resolves.toBe(4);
  await expect(rows.first().getByRole('link').first().getAttribute('href')).resolves.toBe(
    '/crm-course/chapters/introduction/',
  );
  await expect(rows.first().textContent()).resolves.toMatch(/Re-read: /);
  expect(problems).toEqual([]);

  // The 39 questions not answered correctly are due on the review page.
  const review = await context.newPage();
  await review.goto(page.url().replace('/exam/', '/review/'));
  await expect(review.locator('.course-review__counts').textContent()).resolves.toMatch(/^39 due,/);
  await context.close();
});

test('"New exam" draws another set; a reload keeps the set being taken', async () => {
  const { page, context } = await openPage(EXAM);
  const first = (await drawnQuestions(page)).map((q) => q.id);
  await page.getByRole('button', { name: 'New exam' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'A new exam of 40 questions is ready.' }).count(),
  ).resolves.toBe(1);
  const second = (await drawnQuestions(page)).map((q) => q.id);
  expect(second).toHaveLength(40);
  expect(second).not.toEqual(first);
  await page.reload();
  expect((await drawnQuestions(page)).map((q) => q.id)).toEqual(second);
  // The printed answer key lists the drawn questions, in their order.
  await page.emulateMedia({ media: 'print' });
  const keyItems = page.locator('.course-answer-key li[data-question-id]:not([hidden])');
  await expect(
    keyItems.evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset['questionId'])),
  ).resolves.toEqual(second);
  await expect(keyItems.first().isVisible()).resolves.toBe(true);
  await expect(page.getByRole('button', { name: 'Hand in' }).isVisible()).resolves.toBe(false);
  await context.close();
});

test('the optional countdown is off by default, announces only a few moments, and hands in at zero', async () => {
  const { page, context } = await openPage(EXAM);
  await page.clock.install();
  await page.reload();
  await drawnQuestions(page);
  const timer = page.getByRole('checkbox', { name: /Time me/ });
  await expect(timer.isChecked()).resolves.toBe(false);
  await expect(page.getByRole('timer').count()).resolves.toBe(0);
  await timer.check();
  await expect(page.getByRole('timer').textContent()).resolves.toBe('60:00 left');
  const announcer = page.locator('.course-exam__announcer');
  await page.clock.runFor('49:58');
  await expect(page.getByRole('timer').textContent()).resolves.toBe('10:02 left');
  await expect(announcer.textContent()).resolves.toBe('');
  await page.clock.runFor('00:04');
  await expect(announcer.textContent()).resolves.toBe('10 minutes left.');
  await page.clock.runFor('10:00');
  await expect(announcer.textContent()).resolves.toMatch(/^Time is up\. You answered 0 of 40/);
  await expect(page.getByRole('region', { name: 'Your result' }).isVisible()).resolves.toBe(true);
  await context.close();
});

test('without JavaScript the exam is a fixed set of 40 with the answers in disclosures', async () => {
  const { page, context } = await openPage(EXAM, { javaScriptEnabled: false });
  const drawn = await drawnQuestions(page, { script: false });
  expect(drawn).toHaveLength(40);
  await expect(page.getByRole('button', { name: 'Hand in' }).isVisible()).resolves.toBe(false);
  const first = page.locator('.course-exam__questions fieldset:not([hidden])').first();
  await first.getByText('Answer and explanation').click();
  await expect(first.locator('.course-answer__explanation').isVisible()).resolves.toBe(true);
  await context.close();
});

test('with storage blocked the exam still grades, and says that the result cannot be kept', async () => {
  const { page, context, problems } = await openPage(EXAM, { storage: 'blocked' });
  await expect(drawnQuestions(page)).resolves.toHaveLength(40);
  await page.getByRole('button', { name: 'Hand in' }).click();
  await expect(page.locator('.course-exam__score').textContent()).resolves.toMatch(
    /^You answered 0 of 40 .* This browser cannot store your result or the questions to review\.$/,
  );
  expect(problems).toEqual([]);
  await context.close();
});
