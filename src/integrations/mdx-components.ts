import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';

/** A component tag (`<Quizz …>`) that a page uses without importing it, with its line. */
export interface UnknownComponent {
  name: string;
  line: number;
}

/**
 * The components an MDX page uses but never imports. MDX itself only finds out while rendering the
 * page, with a message that names no file; checking the source first lets the build say where.
 */
export function unknownComponents(source: string): UnknownComponent[] {
  const withoutCode = source.replace(/^(```|~~~)[\s\S]*?^\1/gm, (block) => block.replace(/[^\n]/g, ' '));
  const imported = new Set(
    [...withoutCode.matchAll(/^import\s+(?:(\w+)|\{([^}]*)\})/gm)].flatMap((match) =>
      match[1]
        ? [match[1]]
        : match[2]!.split(',').map((name) =>
            name
              .trim()
              .split(/\s+as\s+/)
              .pop()!,
          ),
    ),
  );
  return withoutCode.split('\n').flatMap((text, i) =>
    [...text.matchAll(/<([A-Z][\w.]*)/g)]
      .map((match) => match[1]!.split('.')[0]!)
      .filter((name) => !imported.has(name))
      .map((name) => ({ name, line: i + 1 })),
  );
}

function mdxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? mdxFiles(path) : name.endsWith('.mdx') ? [path] : [];
  });
}

/** Fails `astro build` and `astro dev` on a component that an MDX page does not import. */
export function mdxComponentCheck(): AstroIntegration {
  return {
    name: 'course:mdx-components',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const root = fileURLToPath(config.root);
        const problems = mdxFiles(join(fileURLToPath(config.srcDir), 'content')).flatMap((file) =>
          unknownComponents(readFileSync(file, 'utf8')).map(
            ({ name, line }) => `${relative(root, file)}:${line}: <${name}> is used but not imported.`,
          ),
        );
        if (problems.length > 0) {
          throw new AstroError(
            problems.join('\n'),
            "Import the component at the top of the page (`import Quiz from '~/components/Quiz.astro';`), or check its spelling.",
          );
        }
      },
    },
  };
}
