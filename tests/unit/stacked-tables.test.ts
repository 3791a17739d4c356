import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { expect, test } from 'vitest';
import { rehypeStackedTables } from '../../src/integrations/rehype-stacked-tables.ts';

const table = (head: string[], rows: string[][]) =>
  `<table><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead>\n<tbody>\n${rows
    .map((row) => `<tr>\n${row.map((cell) => `<td>${cell}</td>`).join('\n')}\n</tr>`)
    .join('\n')}</tbody></table>`;

function stack(html: string): Element {
  const tree = fromHtml(html, { fragment: true }) as Root;
  rehypeStackedTables()(tree);
  return tree.children.find((node): node is Element => node.type === 'element')!;
}

const cells = (node: Element): Element[] =>
  node.children.flatMap((child) =>
    child.type !== 'element' ? [] : child.tagName === 'td' ? [child] : cells(child),
  );

test('a table of four columns of words is stacked on a phone, each cell labelled with its heading', () => {
  const stacked = stack(
    table(
      ['Dimension', 'Prospective', 'Vulnerable', 'Loyal'],
      [['Targeting', 'Leads', 'At-risk members', 'Renewers']],
    ),
  );
  expect(stacked.properties['className']).toEqual(['course-table-stacked']);
  expect(stacked.properties['role']).toBe('table');
  expect(cells(stacked).map((cell) => [cell.properties['dataLabel'], cell.properties['role']])).toEqual([
    ['Dimension', 'cell'],
    ['Prospective', 'cell'],
    ['Vulnerable', 'cell'],
    ['Loyal', 'cell'],
  ]);
});

test('a narrower table, or one of figures, stays a grid', () => {
  expect(stack(table(['A', 'B', 'C'], [['x', 'y', 'z']])).properties['className']).toBeUndefined();
  const figures = stack(table(['Year', 'Kept', 'Factor', 'Value'], [['0', '1.000', '1.000', '€160.00']]));
  expect(figures.properties['className']).toBeUndefined();
});
