import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { filesUnder } from '../../tools/lib/files.ts';
import { importsIn } from '../../tools/testing/imports.ts';
import { ROOT } from '../../tools/testing/site.ts';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** Packages the project needs that no file imports, and what needs them. */
const USED_WITHOUT_IMPORT: Record<string, string> = {
  node: 'puts Node 24 first on the PATH of the npm scripts',
  typescript: 'astro check',
  '@astrojs/check': 'npm run check',
  'prettier-plugin-astro': '.prettierrc.json',
  prettier: 'npm run format',
  cspell: 'the spell check in tests/unit/writing.test.ts runs its binary',
  '@astrojs/mdx':
    'the chapters are MDX; Starlight compiles them with it, and its version decides what MDX they may use',
  pagefind:
    'Starlight indexes the built site with it; the search ranking (src/course/search-ranking.ts) and its tests are tuned to its version',
};

/** The package a bare import names: `astro/zod` → `astro`, `@astrojs/starlight/x` → `@astrojs/starlight`. */
function packageOf(specifier: string): string | undefined {
  if (/^(node:|astro:|virtual:|~\/|\.|\/)/.test(specifier)) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** The packages a set of files import at run time, and those they import only for types. */
function packagesImportedBy(files: string[]): { runtime: Set<string>; types: Set<string> } {
  const runtime = new Set<string>();
  const types = new Set<string>();
  for (const file of files) {
    for (const { specifier, typeOnly } of importsIn(readFileSync(file, 'utf8'))) {
      const name = packageOf(specifier);
      if (name) (typeOnly ? types : runtime).add(name);
    }
  }
  return { runtime, types };
}

const source = (dir: string) => ['.ts', '.astro', '.mjs'].flatMap((ext) => filesUnder(join(ROOT, dir), ext));
const site = packagesImportedBy([
  ...source('src'),
  join(ROOT, 'astro.config.mjs'),
  join(ROOT, 'course.config.ts'),
]);
const tooling = packagesImportedBy([...source('tests'), ...source('tools'), join(ROOT, 'vitest.config.ts')]);

test('every package the site imports, at build time or in the browser, is a runtime dependency', () => {
  const undeclared = [...site.runtime].filter((name) => !(name in pkg.dependencies));
  expect(undeclared).toEqual([]);
});

test('every package the tests and tools import is declared', () => {
  const all = { ...pkg.dependencies, ...pkg.devDependencies };
  const undeclared = [...tooling.runtime, ...site.types, ...tooling.types].filter(
    (name) => !(name in all) && !name.startsWith('@types/') && !(`@types/${name}` in all),
  );
  expect(undeclared).toEqual([]);
});

test('every declared package is used', () => {
  const used = new Set([...site.runtime, ...tooling.runtime, ...site.types, ...tooling.types]);
  const unused = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).filter(
    (name) => !used.has(name) && !used.has(name.replace(/^@types\//, '')) && !(name in USED_WITHOUT_IMPORT),
  );
  expect(unused).toEqual([]);
});
