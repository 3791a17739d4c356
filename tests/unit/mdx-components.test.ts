import { expect, test } from 'vitest';
import { unknownComponents } from '../../src/integrations/mdx-components.ts';

test('finds components an MDX page uses without importing them, with their lines', () => {
  const page = [
    '---',
    'title: A page',
    '---',
    "import Quiz from '~/components/Quiz.astro';",
    "import { Tabs, TabItem as Item } from '@astrojs/starlight/components';",
    '',
    '<Quiz id="a" />',
    '<Tabs><Item label="x">y</Item></Tabs>',
    '<Quizz id="b" /> and <Flashcards chapter="c" />',
    '```mdx',
    '<NotACheck />',
    '```',
    'a <span lang="nl">woord</span>',
  ].join('\n');
  expect(unknownComponents(page)).toEqual([
    { name: 'Quizz', line: 9 },
    { name: 'Flashcards', line: 9 },
  ]);
});
