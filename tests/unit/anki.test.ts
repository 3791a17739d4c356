import { expect, test } from 'vitest';
import { ankiExport, ankiField, escapeHtml } from '../../src/course/flashcards/anki.ts';
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
