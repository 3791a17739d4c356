import { expect, test } from 'vitest';
import {
  ankiExport,
  ankiField,
  escapeHtml,
  writtenAnswerHtml,
  writtenQuestionCards,
} from '../../src/course/flashcards/anki.ts';
import { cardHtml } from '../../src/course/flashcards/markdown.ts';

const note = {
  guid: 'crm-course-suspect',
  deck: 'CRM Course::3. Building a CRM strategy',
  front: 'What is a "suspect"?',
  backHtml: cardHtml('Someone who **fits** the target group.\n\n- no contact yet\n- not a prospect'),
  tags: ['crm-course', 'chapter-building-a-strategy'],
};

test('the file starts with the header lines Anki reads', () => {
  const lines = ankiExport([note]).split('\n');
  expect(lines.slice(0, 7)).toEqual([
    '#separator:tab',
    '#html:true',
    '#notetype:Basic',
    '#guid column:1',
    '#deck column:2',
    '#tags column:5',
    '#columns:GUID\tDeck\tFront\tBack\tTags',
  ]);
});

test('one note per line with five tab-separated fields', () => {
  const rows = ankiExport([note, { ...note, guid: 'crm-course-prospect' }])
    .trimEnd()
    .split('\n')
    .slice(7);
  expect(rows).toHaveLength(2);
  const fields = rows[0]!.split('\t');
  expect(fields).toEqual([
    'crm-course-suspect',
    'CRM Course::3. Building a CRM strategy',
    'What is a &quot;suspect&quot;?',
    '<p>Someone who <strong>fits</strong> the target group.</p><ul><li>no contact yet</li><li>not a prospect</li></ul>',
    'crm-course chapter-building-a-strategy',
  ]);
});

test('tabs, newlines and quotes cannot break a field', () => {
  expect(ankiField('a\tb')).toBe('a b');
  expect(ankiField('line one\nline two')).toBe('line one<br>line two');
  expect(ankiField('line one\r\nline two')).toBe('line one<br>line two');
  expect(ankiField('"quoted"')).toBe('&quot;quoted&quot;');
  const row = ankiExport([{ ...note, front: 'Tab\there\nand a "quote"' }])
    .trimEnd()
    .split('\n')
    .at(-1)!;
  expect(row.split('\t')).toHaveLength(5);
});

test('HTML in a card is escaped, never passed through', () => {
  expect(escapeHtml('<script>alert(1)</script> & more')).toBe(
    '&lt;script&gt;alert(1)&lt;/script&gt; &amp; more',
  );
  expect(cardHtml('<img src=x onerror=alert(1)> **bold**')).not.toContain('<img');
  const row = ankiExport([{ ...note, front: '<b>front</b>' }])
    .trimEnd()
    .split('\n')
    .at(-1)!;
  expect(row).toContain('&lt;b&gt;front&lt;/b&gt;');
});

test('tags have no spaces', () => {
  const row = ankiExport([{ ...note, tags: ['crm course'] }])
    .trimEnd()
    .split('\n')
    .at(-1)!;
  expect(row.split('\t')[4]).toBe('crm_course');
});

test('a written question is a card: the prompt, then the model answer and its marking points, escaped', () => {
  const back = writtenAnswerHtml({
    modelAnswer: 'Three perspectives: **strategic**, operational and analytical. <script>x</script>',
    points: [{ text: 'Names all three <perspectives>.' }, { text: 'Says "how" they connect.' }],
  });
  expect(back).toBe(
    [
      '<p>Three perspectives: <strong>strategic</strong>, operational and analytical. &lt;script&gt;x&lt;/script&gt;</p>',
      '<p>Marking points:</p>',
      '<ul><li>Names all three &lt;perspectives&gt;.</li><li>Says &quot;how&quot; they connect.</li></ul>',
    ].join('\n'),
  );
  // A drawing question names the figure to compare with: the deck has no course figures.
  expect(
    writtenAnswerHtml({ modelAnswer: 'Seven layers.', points: [], drawing: "Curry's customer pyramid" }),
  ).toMatch(/^<p>Compare your drawing with the course's figure “Curry's customer pyramid”\.<\/p>/);
  const row = ankiExport([{ ...note, backHtml: back }])
    .trimEnd()
    .split('\n')
    .at(-1)!;
  expect(row.split('\t')).toHaveLength(5);
});

test('the written questions of the course become cards in course order, each under its chapter', () => {
  const chapters = [
    { slug: 'introduction', label: '1. Introduction to CRM' },
    { slug: 'business-models', label: '2. CRM business models' },
  ];
  const question = (id: string, type: string) => ({
    id,
    type,
    prompt: `Prompt of ${id}`,
    modelAnswer: 'An answer.',
    points: [{ text: 'A point.' }],
  });
  const cards = writtenQuestionCards({
    chapters,
    questions: [
      { question: question('a', 'written'), chapter: 'introduction' },
      { question: question('b', 'single'), chapter: 'introduction' },
      { question: question('c', 'written'), chapter: 'business-models' },
    ],
  } as unknown as Parameters<typeof writtenQuestionCards>[0]);
  expect(cards.map(({ id, chapterLabel, front }) => [id, chapterLabel, front])).toEqual([
    ['written-a', '1. Introduction to CRM', 'Prompt of a'],
    ['written-c', '2. CRM business models', 'Prompt of c'],
  ]);
});
