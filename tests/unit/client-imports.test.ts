import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { filesUnder } from '../../tools/lib/files.ts';
import { importsIn } from '../../tools/testing/imports.ts';
import { ROOT } from '../../tools/testing/site.ts';

const CLIENT = join(ROOT, 'src/client');

/**
 * What a module imports: static, dynamic and `import.meta.glob` patterns (expanded); `import type`
 * is left out, since it is erased before the browser sees the code.
 */
function importsOf(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  const specifiers = importsIn(code)
    .filter((entry) => !entry.typeOnly)
    .map((entry) => entry.specifier);
  const globs = [...code.matchAll(/import\.meta\.glob[^(]*\(\s*['"]([^'"]+)['"]/g)].map((match) => match[1]!);
  const globbed = globs.flatMap((pattern) => {
    const [folder, rest] = pattern.split('/*/');
    return filesUnder(resolve(dirname(file), folder!), `/${rest}`).map(
      (path) => `./${relative(dirname(file), path)}`,
    );
  });
  return [...specifiers, ...globbed];
}

/**
 * The modules the browser runs: everything in `src/client/`, the `<script>` blocks of the components,
 * and all they import.
 */
function clientModules(): Map<string, string[]> {
  const modules = new Map<string, string[]>();
  const visit = (file: string) => {
    if (modules.has(file)) return;
    const imports = importsOf(file);
    modules.set(file, imports);
    for (const specifier of imports) {
      if (!specifier.startsWith('.')) continue;
      const target = resolve(dirname(file), specifier);
      if (existsSync(target)) visit(target);
    }
  };
  for (const file of filesUnder(CLIENT, '.ts')) visit(file);
  for (const component of filesUnder(join(ROOT, 'src'), '.astro')) {
    for (const [, script] of readFileSync(component, 'utf8').matchAll(/<script>([\s\S]*?)<\/script>/g)) {
      for (const { specifier } of importsIn(script!)) {
        if (specifier.startsWith('.')) visit(resolve(dirname(component), specifier));
      }
    }
  }
  return modules;
}

test('client code imports no Node and no Astro module: it runs in the browser', () => {
  const modules = clientModules();
  expect([...modules.keys()].map((file) => relative(ROOT, file))).toEqual(
    expect.arrayContaining(['src/client/quiz-element.ts', 'src/question-types/single/model.ts']),
  );
  const serverOnly = [...modules].flatMap(([file, imports]) =>
    imports
      .filter(
        (specifier) => /^(node:|astro:|astro\/|@astrojs\/)/.test(specifier) || /schema\.ts$/.test(specifier),
      )
      .map((specifier) => `${relative(ROOT, file)} imports ${specifier}`),
  );
  expect(serverOnly).toEqual([]);
});

test('client code lives in src/client/, apart from the question types’ browser half and shared code', () => {
  const elsewhere = [...clientModules().keys()]
    .map((file) => relative(ROOT, file))
    .filter((file) => !/^src\/(client|question-types|shared)\//.test(file));
  expect(elsewhere).toEqual([]);
});

/**
 * The layers of `src/`, lowest first: a module may import from its own layer and the layers below,
 * never from a layer above. Shared code runs in the browser and at build time alike; the question
 * types' models run in both too; the browser's code and the build's code sit side by side above
 * them, and the build's integrations, components and pages on top.
 */
const LAYERS: Record<string, number> = {
  shared: 0,
  'question-types': 1,
  client: 2,
  // The content schemas compose the question types' schemas; the course model reads them.
  schemas: 2,
  course: 2,
  integrations: 3,
  components: 3,
  pages: 4,
};
/** Folders of one layer that must not know each other: the browser's code and the build's. */
const APART = [['client', 'course']];

test('no module imports from a layer above its own, and the browser and the build keep apart', () => {
  const src = join(ROOT, 'src');
  const layerOf = (file: string) => relative(src, file).split('/')[0]!;
  const wrong: string[] = [];
  for (const file of [...filesUnder(src, '.ts'), ...filesUnder(src, '.astro')]) {
    const from = layerOf(file);
    if (!(from in LAYERS)) continue;
    const code = readFileSync(file, 'utf8');
    for (const { specifier, typeOnly } of importsIn(code)) {
      if (typeOnly) continue;
      const target = specifier.startsWith('~/')
        ? join(src, specifier.slice(2))
        : specifier.startsWith('.')
          ? resolve(dirname(file), specifier)
          : undefined;
      if (!target || !target.startsWith(src)) continue;
      const to = layerOf(target);
      if (!(to in LAYERS)) continue;
      const apart = APART.some((pair) => pair.includes(from) && pair.includes(to) && from !== to);
      if (LAYERS[to]! > LAYERS[from]! || apart) wrong.push(`${relative(ROOT, file)} imports ${specifier}`);
    }
  }
  expect(wrong).toEqual([]);
});
