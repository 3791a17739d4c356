import { defineConfig } from 'vitest/config';
import course from './course.config.ts';
import { courseDefine } from './src/course/config.ts';

const BROWSER = {
  globalSetup: ['tools/testing/browser-setup.ts'],
  // A limit for a hung test, not a budget: on a busy 2-core machine a page's checks take up to a minute.
  testTimeout: 150_000,
  hookTimeout: 60_000,
  // Likewise for what a page does in its own time (a worker's cache, a script loading when visible):
  // a second, Vitest's default, is not always enough when both cores are busy.
  expect: { poll: { timeout: 10_000 } },
  fileParallelism: false,
  // The files run one after another in one worker, not a new process each (a second apiece on a
  // 2-core machine), and share one Chromium; each file closes the contexts it opened.
  isolate: false,
  maxConcurrency: 2,
};

export default defineConfig({
  test: {
    projects: [
      {
        // Client modules read the course's identity as the build gives it, here for the test base path.
        define: courseDefine(course, '/crm-course'),
        // Worker threads, not processes: a new process costs more than the tests of a file here.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], pool: 'threads' },
      },
      {
        // Checks on the production build in `dist/` (run `npm run build:test` first).
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          testTimeout: 300_000,
          maxConcurrency: 2,
        },
      },
      {
        // Measurements that timing or a busy machine would skew (Lighthouse, the budget): run alone,
        // after the build and browser tests, by `npm run test:gates`.
        test: { name: 'gates', include: ['tests/gates/**/*.test.ts'], testTimeout: 300_000 },
      },
      {
        // Real Chromium against `dist/` served under the test base path, one file at a time.
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          exclude: ['tests/browser/accessibility.test.ts', 'tests/browser/diagrams.test.ts'],
          ...BROWSER,
        },
      },
      {
        // axe on every page at two widths in both themes, and the diagrams' legibility in both: the
        // longest file and its kin, so that they run beside the other browser tests.
        test: {
          name: 'a11y',
          include: ['tests/browser/accessibility.test.ts', 'tests/browser/diagrams.test.ts'],
          ...BROWSER,
        },
      },
    ],
  },
});
