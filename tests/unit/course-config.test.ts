import { readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import course from '../../course.config.ts';
import { defineCourse } from '../../src/schemas/course.ts';
import { filesUnder } from '../../tools/lib/files.ts';
import { ROOT } from '../../tools/testing/site.ts';

/**
 * Code, styles and build files: everything but content (pages, quizzes, cards, notes), diagrams, and
 * the test tooling, which serves the site under a fixed test base path.
 */
const CODE = ['src', 'tools', 'astro.config.mjs', '.github', 'public'];
const NOT_CODE = ['src/content', 'src/notes', 'src/diagrams', 'tools/testing'];

function files(path: string): string[] {
  const all = statSync(path).isDirectory() ? filesUnder(path, '') : [path];
  return all.filter((file) => !NOT_CODE.some((skip) => file.startsWith(join(ROOT, skip, '/'))));
}

test('renaming the course is a change to course.config.ts only: no code names the course', () => {
  const names = [course.id, course.title, course.pdfFileName, course.ankiDeckName, course.shortTitle]
    .filter((name) => name.length > 3)
    .map((name) => name.toLowerCase());
  const found = CODE.flatMap((entry) => files(join(ROOT, entry))).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) =>
        names.some((name) => line.toLowerCase().includes(name))
          ? [`${relative(ROOT, file)}:${i + 1}: ${line.trim()}`]
          : [],
      ),
  );
  expect(found).toEqual([]);
});

test('a wrong config names each field and says how to fix it', () => {
  expect(() =>
    defineCourse({ ...course, id: 'CRM Course', shortTitle: 'Customer Relationships', themeColor: 'blue' }),
  ).toThrow(
    [
      'course.config.ts is not valid:',
      '- **id**: The id is kebab-case: lower-case letters, digits and hyphens, such as `my-course`.',
      '- **shortTitle**: The short title is shown under an app icon: 12 characters at most.',
      '- **themeColor**: A colour such as `#1d3a8a`.',
    ].join('\n'),
  );
});
