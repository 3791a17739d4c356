import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ROOT } from '../../tools/testing/site.ts';

const FIXTURES = join(ROOT, 'tests/fixtures/bad-input');
const COPIED = ['package.json', 'astro.config.mjs', 'course.config.ts', 'tsconfig.json', 'src', 'public'];
/** Inside the project, so that the copies find its node_modules the way Node resolves packages. */
const WORKSPACES = join(ROOT, 'test-results', 'bad-input');
const workspaces: string[] = [];
afterAll(() => workspaces.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/**
 * The course, with one fixture's files laid over it if named and `prepare` run on the copy, built with
 * the README's build command.
 */
async function buildWithFixture(
  name: string | undefined,
  env: Record<string, string> = {},
  prepare: (dir: string) => void = () => undefined,
): Promise<{ dir: string; status: number | null; output: string; dist: boolean }> {
  mkdirSync(WORKSPACES, { recursive: true });
  const dir = mkdtempSync(join(WORKSPACES, `${name ?? 'course'}-`));
  workspaces.push(dir);
  for (const entry of COPIED) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  if (name) cpSync(join(FIXTURES, name), dir, { recursive: true });
  prepare(dir);
  const child = spawn('npm', ['run', 'build'], {
    cwd: dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { dir, status, output: output.replace(/\x1b\[[0-9;]*m/g, ''), dist: existsSync(join(dir, 'dist')) };
}

/** Each broken fixture, and what the failed build must say: the file, and the reason. */
const EXPECTED: Record<string, string[]> = {
  'broken-link': ['broken-link.md', '/chapters/no-such-chapter/', 'invalid link'],
  'bad-mermaid': [
    'src/content/docs/bad-mermaid.md:5: Mermaid diagram "A broken diagram" does not parse (its first line is line 6 of the file). Mermaid says:',
    'Parse error on line',
  ],
  'missing-caption': ['src/content/docs/missing-caption.md:5: Mermaid diagram: the fence needs title="…"'],
  'missing-title': [
    '[InvalidContentEntryDataError] docs → missing-title data does not match collection schema.',
    '**title: Required',
    'src/content/docs/missing-title.md',
  ],
  'unknown-component': [
    'src/content/docs/unknown-component.mdx:5: <Quizz> is used but not imported.',
    "Import the component at the top of the page (`import Quiz from '~/components/Quiz.astro';`), or check its spelling.",
  ],
  'unknown-quiz': [
    'src/content/docs/unknown-quiz.mdx: <Quiz id="no-such-quiz" /> names no quiz in src/content/quizzes/.',
  ],
  'bad-objectives': [
    '[InvalidContentEntryDataError] docs → chapters/bad-objectives data does not match collection schema.',
    'sidebar.order: A chapter needs its chapter number: add `sidebar: { order: 5 }`',
    'objectives: A chapter needs its learning objectives: add `objectives:` with three or more sentences',
    'src/content/docs/chapters/bad-objectives.md',
  ],
  'invalid-quiz': [
    '[InvalidContentEntryDataError] quizzes → invalid-quiz data does not match collection schema.',
    'quizzes.0.questions.0.options: A single-choice question needs exactly one option with `correct: true`.',
    'src/content/quizzes/invalid-quiz.yaml',
  ],
};

test('a machine without a browser builds the course, every diagram included, quietly, and prunes unused SVGs', async () => {
  const committed = readdirSync(join(ROOT, 'src/diagrams')).sort();
  const stale = ['0123456789abcdef.svg', '0123456789abcdef.light.svg'];
  const { dir, status, output, dist } = await buildWithFixture(
    undefined,
    { CHROME_PATH: '/no/browser/here' },
    (copy) => stale.forEach((name) => writeFileSync(join(copy, 'src/diagrams', name), '<svg/>\n')),
  );
  expect(status, output.slice(-3000)).toBe(0);
  expect(dist).toBe(true);
  expect(readdirSync(join(dir, 'src/diagrams')).sort()).toEqual(committed);
  expect(readFileSync(join(dir, 'dist/chapters/introduction/index.html'), 'utf8')).toContain(
    'fill="var(--course-diagram-node-fill)"',
  );
  // npm's own notices about this machine's npm configuration are not the build's.
  const warnings = output.split('\n').filter((line) => /warn/i.test(line) && !/^npm warn /i.test(line));
  expect(warnings).toEqual([]);
});

test('every fixture is checked', () => {
  expect(readdirSync(FIXTURES).sort()).toEqual(Object.keys(EXPECTED).sort());
});

describe.concurrent(
  'broken content fails the build, naming the file and the reason, and leaves no dist/',
  () => {
    test.each(Object.entries(EXPECTED))('%s', async (name, messages) => {
      const { status, output, dist } = await buildWithFixture(name);
      expect(status, output.slice(-3000)).not.toBe(0);
      for (const message of messages) expect(output, output.slice(-3000)).toContain(message);
      expect(dist).toBe(false);
    });
  },
);
