import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { contentFiles, readText } from '../../tools/testing/content.ts';
import { ROOT } from '../../tools/testing/site.ts';

/** What a student reads: every content file, without the `note:` lines that quote the notes verbatim. */
const readable = contentFiles('src/content', /\.(mdx?|ya?ml)$/).map((path) => ({
  path,
  text: readText(path)
    .split('\n')
    .filter((line) => !/^\s*note:/.test(line))
    .join('\n'),
}));

/** Dutch words and phrases that stand in the notes. */
const DUTCH = [
  'vermoeden',
  'klant',
  'reeds',
  'ondernemen',
  'piramide',
  'standaard',
  'maar',
  'gebruiker',
  'functionaliteiten',
  'kiezen',
  'tuinaanleg',
  'een',
  'wasproducten',
  'zoals',
  'worden',
];
/** Typos of the notes that must not be copied. */
const TYPOS = ['Amezon', 'deparmental', 'four our', 'in in', 'Unvisible customization'];
const PLACEHOLDERS = ['TODO', 'TBD', 'FIXME', 'XXX', 'lorem ipsum', 'placeholder', 'coming soon'];

describe.each(readable)('$path', ({ text }) => {
  test('has no Dutch from the notes, unless marked lang="nl" (the term list quotes it)', () => {
    // A glossary term's or word's `dutch:` field is shown marked as Dutch.
    const unmarked = text.replace(/<span lang="nl">[^<]*<\/span>/g, '').replace(/^\s*(- )?dutch:.*$/gm, '');
    const found = DUTCH.filter((word) => new RegExp(`\\b${word}\\b`, 'i').test(unmarked));
    expect(found).toEqual([]);
  });

  test('copies no doubt marks and no typos from the notes', () => {
    expect(text).not.toMatch(/\?\?/);
    expect(TYPOS.filter((typo) => new RegExp(`\\b${typo}\\b`, 'i').test(text))).toEqual([]);
  });

  test('holds no placeholder text', () => {
    expect(PLACEHOLDERS.filter((word) => new RegExp(`\\b${word}\\b`, 'i').test(text))).toEqual([]);
  });
});

test('the content passes the spell check (cspell, with tests/content/project-words.txt)', () => {
  const result = spawnSync(
    process.execPath,
    [
      'node_modules/cspell/bin.mjs',
      '--no-progress',
      '--no-summary',
      '--config',
      'cspell.json',
      'src/content/**/*.{mdx,md,yaml}',
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  expect(result.stdout + result.stderr).toBe('');
  expect(result.status).toBe(0);
}, 60_000);
