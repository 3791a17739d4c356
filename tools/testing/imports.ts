/** One import in a module's source. */
export interface Import {
  /** What it names: a package (`astro/zod`), a path (`./model.ts`) or a scheme (`node:fs`). */
  specifier: string;
  /** `import type`: erased before the code runs, so it needs no package at run time. */
  typeOnly: boolean;
}

const IMPORT =
  /(?:^|[\s;])(?:import|export)\s+(type\s)?[^'";]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]|require(?:\.resolve)?\(\s*[`'"]([^`'"$]+)/gm;

/** The imports in a module's source: static, side-effect, dynamic and `require`. */
export function importsIn(code: string): Import[] {
  return [...code.matchAll(IMPORT)].map((match) => ({
    specifier: (match[2] ?? match[3] ?? match[4] ?? match[5])!,
    typeOnly: match[1] !== undefined,
  }));
}
