import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { previewSite, type PreviewedSite } from '../../tools/lib/preview.ts';
import { connectBrowser, disconnectBrowser } from '../../tools/testing/browser.ts';
import course from '../../course.config.ts';
import { waitForServiceWorker } from '../../tools/testing/offline.ts';
import { buildCopy, type BuiltCopy } from '../../tools/testing/project-copy.ts';
import { answerSingle, feedback, readyQuestion } from '../../tools/testing/quiz.ts';
import { DIST, ROOT, TEST_BASE } from '../../tools/testing/site.ts';

/** A teacher's fork, published next to the course on the same origin (`you.github.io/class-b/`). */
const FORK_BASE = '/class-b/';
/** The origin's files: each site in the folder of its base path, as GitHub Pages lays them out. */
const ORIGIN_DIR = join(ROOT, 'test-results', 'one-origin');
const QUESTION = 'intro-perspective-insurer-prediction';
/** SVGs that no diagram uses, as an edited diagram leaves behind: the build removes them. */
const STALE_SVGS = ['0123456789abcdef.svg', '0123456789abcdef.light.svg'];

let fork: BuiltCopy;
let origin: string;
let site: PreviewedSite | undefined;

// The fork is built from a copy of the repository, as a teacher would, on a machine without a
// browser (a CI runner, say): the committed diagrams are all it needs.
beforeAll(async () => {
  fork = await buildCopy({
    name: 'class-b',
    env: { BASE_PATH: FORK_BASE, CHROME_PATH: '/no/browser/here' },
    prepare: (copy) =>
      STALE_SVGS.forEach((name) => writeFileSync(join(copy, 'src/diagrams', name), '<svg/>\n')),
  });
  if (fork.status !== 0) throw new Error(`The fork's build failed:\n${fork.output.slice(-3000)}`);
  rmSync(ORIGIN_DIR, { recursive: true, force: true });
  cpSync(DIST, join(ORIGIN_DIR, TEST_BASE), { recursive: true });
  cpSync(join(fork.dir, 'dist'), join(ORIGIN_DIR, FORK_BASE), { recursive: true });
  site = await previewSite(ORIGIN_DIR, '/');
  origin = site.origin;
}, 240_000);

afterAll(async () => {
  await disconnectBrowser();
  await site?.stop();
  fork?.remove();
});

test('a fork builds on a machine without a browser, every diagram included, quietly, and prunes unused SVGs', () => {
  expect(readdirSync(join(fork.dir, 'src/diagrams')).sort()).toEqual(
    readdirSync(join(ROOT, 'src/diagrams')).sort(),
  );
  // Every figure of the fork shows a drawing of the fork's own build, under the fork's base path.
  const page = readFileSync(join(fork.dir, 'dist/chapters/introduction/index.html'), 'utf8');
  const drawings = [...page.matchAll(/<use href="\/class-b\/diagrams\/([^"#]+)#/g)].map((match) => match[1]!);
  expect(drawings.length).toBeGreaterThanOrEqual(3);
  for (const drawing of drawings) {
    expect(readFileSync(join(fork.dir, 'dist/diagrams', drawing), 'utf8')).toContain(
      'fill="var(--course-diagram-node-fill)"',
    );
  }
  // npm's own notices about this machine's npm configuration are not the build's.
  const warnings = fork.output.split('\n').filter((line) => /warn/i.test(line) && !/^npm warn /i.test(line));
  expect(warnings).toEqual([]);
});

async function chapter(context: BrowserContext, base: string) {
  const page = await context.newPage();
  await page.goto(`${origin}${base}chapters/introduction/`);
  return { page, question: await readyQuestion(page, QUESTION) };
}

test('two courses on one origin keep separate progress', async () => {
  const context = await (await connectBrowser()).newContext();
  const course = await chapter(context, TEST_BASE);
  await answerSingle(course.question, { right: true });
  await course.question.getByRole('button', { name: 'Check' }).click();
  await expect(feedback(course.question).textContent()).resolves.toMatch(/^Correct\./);

  const fork = await chapter(context, FORK_BASE);
  await expect(fork.question.locator('input:checked').count()).resolves.toBe(0);
  await expect(feedback(fork.question).textContent()).resolves.toBe('');
  await answerSingle(fork.question, { right: false });
  await fork.question.getByRole('button', { name: 'Check' }).click();

  const again = await chapter(context, TEST_BASE);
  await expect(feedback(again.question).textContent()).resolves.toMatch(/^Correct\./);
  const forkAgain = await chapter(context, FORK_BASE);
  await expect(feedback(forkAgain.question).textContent()).resolves.toMatch(/^Not quite/);
  await context.close();
});

test('progress kept under the first edition’s keys survives the change to per-course keys', async () => {
  const context = await (await connectBrowser()).newContext();
  const page = await context.newPage();
  await page.goto(`${origin}${TEST_BASE}chapters/introduction/`);
  const fingerprint = await page
    .locator(`fieldset[data-question-id="${QUESTION}"]`)
    .getAttribute('data-fingerprint');
  // The first edition kept every course's answers under one key per origin, choices by their place in the YAML.
  await page.evaluate(
    ([id, fingerprint]) =>
      localStorage.setItem(
        'crm-course:quiz-progress',
        JSON.stringify({
          format: 1,
          answers: {
            [id!]: { fingerprint, response: { type: 'single', choice: 0 }, correct: true, score: 1 },
          },
        }),
      ),
    [QUESTION, fingerprint] as const,
  );
  const { question } = await chapter(context, TEST_BASE);
  await expect(feedback(question).textContent()).resolves.toMatch(/^Correct\./);
  await context.close();
});

// The fork here differs from the course by its base path only: the harder case, as one id serves both.
test('two courses on one origin have their own service worker, scope and caches', async () => {
  const context = await (await connectBrowser()).newContext();
  for (const base of [TEST_BASE, FORK_BASE]) {
    const page = await context.newPage();
    await page.goto(`${origin}${base}`);
    await waitForServiceWorker(page);
  }
  const page = context.pages()[0]!;
  const registrations = await page.evaluate(async () =>
    (await navigator.serviceWorker.getRegistrations()).map((registration) => registration.scope).sort(),
  );
  expect(registrations).toEqual([`${origin}${FORK_BASE}`, `${origin}${TEST_BASE}`]);
  const caches = await page.evaluate(() => globalThis.caches.keys());
  const precaches = caches.filter((name) => name.includes('-precache-'));
  expect(precaches.toSorted()).toEqual(
    [
      `${course.id}@${FORK_BASE.slice(0, -1)}-precache-v2-${origin}${FORK_BASE}`,
      `${course.id}@${TEST_BASE.slice(0, -1)}-precache-v2-${origin}${TEST_BASE}`,
    ].toSorted(),
  );
  await context.close();
});
