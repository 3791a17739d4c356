import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/** From this many columns on, a table of words is read row by row on a phone (`course.css`). */
export const STACKED_MIN_COLUMNS = 4;

const children = (node: Element, tagName: string) =>
  node.children.filter((child): child is Element => child.type === 'element' && child.tagName === tagName);

const rowsOf = (table: Element) =>
  [table, ...children(table, 'thead'), ...children(table, 'tbody')].flatMap((part) => children(part, 'tr'));

/** A figure, an amount or a percentage: what a column of numbers holds. */
const isNumber = (text: string) => /^[-−+]?[€$]?\s?\d/.test(text.trim());

/**
 * Marks the tables a phone shows as one card per row: four or more columns, not all of them numbers
 * (a table of figures is compared down its columns, and stays a grid). Each data cell gets its
 * column's heading in `data-label`, which the stacked layout prints above it. Roles keep the table's
 * semantics, which browsers drop when CSS changes a table's display.
 */
export function rehypeStackedTables() {
  return (tree: Root) => {
    visit(tree, 'element', (table: Element) => {
      if (table.tagName !== 'table') return;
      const rows = rowsOf(table);
      const headings = rows[0] ? children(rows[0], 'th').map((th) => toString(th).trim()) : [];
      const body = rows.slice(1).flatMap((row) => children(row, 'td').slice(1));
      if (headings.length < STACKED_MIN_COLUMNS || body.every((cell) => isNumber(toString(cell)))) return;
      table.properties['className'] = [
        ...((table.properties['className'] as string[]) ?? []),
        'course-table-stacked',
      ];
      table.properties['role'] = 'table';
      for (const part of [...children(table, 'thead'), ...children(table, 'tbody')])
        part.properties['role'] = 'rowgroup';
      for (const row of rows) {
        row.properties['role'] = 'row';
        const cells = row.children.filter((cell): cell is Element => cell.type === 'element');
        cells.forEach((cell, column) => {
          cell.properties['role'] = cell.tagName === 'th' ? 'columnheader' : 'cell';
          if (cell.tagName === 'td') cell.properties['dataLabel'] = headings[column] ?? '';
        });
      }
    });
  };
}
