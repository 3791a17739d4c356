import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { describe, expect, test } from 'vitest';
import {
  customerPyramid,
  formatCentsAsEuros,
  formatEuros,
  formatNumber,
  formatPercent,
  LAYER_NAMES,
  lifetimeValue,
  lifetimeValues,
  PRACTICE_FILES,
  PRACTICE_RULES,
  profitability,
  readPracticeData,
} from '../../src/course/practice-data.ts';
import { elements, parseHtml } from '../../tools/testing/html.ts';
import { DIST, readBuilt, ROOT, TEST_BASE } from '../../tools/testing/site.ts';

/** The published files, as a student downloads them, and the same analyses run on them here. */
const published = {
  customers: readFileSync(join(ROOT, 'public', PRACTICE_FILES.customers), 'utf8'),
  transactions: readFileSync(join(ROOT, 'public', PRACTICE_FILES.transactions), 'utf8'),
};
const data = readPracticeData(published.customers, published.transactions);
const pyramid = customerPyramid(data);
const profits = profitability(data);
const values = lifetimeValues(data);

const tree = parseHtml(readBuilt('practice-data/index.html'));

function textOf(node: Root | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' || node.type === 'root') {
    return (node.children as ElementContent[]).map((child) => textOf(child)).join('');
  }
  return '';
}
/** Text with its runs of spaces and line breaks as one space; no-break spaces stay as they are. */
const clean = (text: string) => text.replace(/[ \t\n\r]+/g, ' ').trim();

function part(name: string): Root {
  const [element] = elements(tree, (el) => el.properties['dataPractice'] === name);
  expect(element, `the page has its ${name} part`).toBeDefined();
  return { type: 'root', children: [element!] };
}

/** The rows of the first table of a part (or of the table at `index`), as the cells' text. */
function tableRows(root: Root, index = 0): string[][] {
  const table = elements(root, (el) => el.tagName === 'table')[index]!;
  const body = elements({ type: 'root', children: [table] }, (el) => el.tagName === 'tbody')[0]!;
  return body.children
    .filter((row): row is Element => row.type === 'element' && row.tagName === 'tr')
    .map((row) =>
      row.children
        .filter((cell): cell is Element => cell.type === 'element')
        .map((cell) => clean(textOf(cell))),
    );
}

function value(root: Root, name: string): string {
  const [element] = elements(root, (el) => el.properties['dataValue'] === name);
  expect(element, name).toBeDefined();
  return clean(textOf(element!));
}

function listItems(root: Root, name: string): string[] {
  const [list] = elements(root, (el) => el.properties['dataList'] === name);
  expect(list, name).toBeDefined();
  return elements({ type: 'root', children: [list!] }, (el) => el.tagName === 'li').map((li) =>
    clean(textOf(li)),
  );
}

const activeRevenue = pyramid.ranked.reduce((sum, entry) => sum + entry.totals.revenue, 0);
const singular = (group: string) => group.replace(/ies$/, 'y').replace(/s$/, '');

describe('the practice-data page shows what the functions compute from the published files', () => {
  test('it links both files, which the build publishes unchanged and the service worker precaches', () => {
    const links = elements(part('downloads'), (el) => el.tagName === 'a').map((a) =>
      String(a.properties['href']),
    );
    const urls = Object.values(PRACTICE_FILES).map((path) => TEST_BASE + path.slice(1));
    expect(links).toEqual(urls);
    const worker = readFileSync(join(DIST, 'sw.js'), 'utf8');
    for (const [key, path] of Object.entries(PRACTICE_FILES)) {
      expect(readFileSync(join(DIST, path), 'utf8')).toBe(published[key as keyof typeof published]);
      expect(worker).toContain(`{url:"${TEST_BASE}${path.slice(1)}",revision:`);
    }
  });

  test('exercise 1: the pyramid', () => {
    const root = part('pyramid');
    expect(value(root, 'active')).toBe(String(pyramid.ranked.length));
    expect(value(root, 'cut-top')).toBe(String(pyramid.cutoffs.top));
    expect(value(root, 'cut-big')).toBe(String(pyramid.cutoffs.big));
    expect(value(root, 'cut-medium')).toBe(String(pyramid.cutoffs.medium));
    expect(tableRows(root)).toEqual(
      pyramid.layers.map((layer) => [
        LAYER_NAMES[layer.layer],
        String(layer.customers.length),
        layer.revenue > 0 ? formatCentsAsEuros(layer.revenue) : '—',
        layer.revenue > 0 ? formatPercent(layer.revenue / activeRevenue) : '—',
      ]),
    );
    const topAndBig = pyramid.layers[0]!.revenue + pyramid.layers[1]!.revenue;
    expect(value(root, 'top-big-share')).toBe(formatPercent(topAndBig / activeRevenue));
  });

  test('exercise 2: the profitability score', () => {
    const root = part('profitability');
    expect(tableRows(root)).toEqual(
      profits.byLayer.map((layer) => [
        LAYER_NAMES[layer.layer],
        String(layer.customers),
        formatCentsAsEuros(layer.totals.revenue),
        formatCentsAsEuros(layer.totals.margin),
        formatCentsAsEuros(layer.totals.costToServe),
        formatCentsAsEuros(layer.totals.profit),
        String(layer.unprofitable),
      ]),
    );
    expect(listItems(root, 'most-profitable')).toEqual(
      profits.rows
        .slice(0, 5)
        .map(
          (row) =>
            `${row.customer.id} (${singular(row.customer.group)}, ${LAYER_NAMES[row.layer].toLowerCase().replace(/s$/, '')}): ${formatCentsAsEuros(row.totals.profit)}`,
        ),
    );
    const leader = profits.rows.find((row) => row.customer.id === pyramid.ranked[0]!.customer.id)!;
    expect(value(root, 'leader-profit-rank')).toBe(String(leader.profitRank));
    expect(value(root, 'unprofitable')).toBe(
      String(profits.rows.filter((row) => row.totals.profit < 0).length),
    );
  });

  test('exercise 3: the lifetime values', () => {
    const root = part('lifetime-value');
    const factor = (r: number) => lifetimeValue(1, r, PRACTICE_RULES.discountRate, PRACTICE_RULES.years);
    const groups = values.groups.toSorted((a, b) => b.averageValue - a.averageValue);
    expect(tableRows(root, 0)).toEqual(
      groups.map((group) => {
        const retention = values.retention.find((entry) => entry.group === group.group)!;
        return [
          group.group,
          String(retention.activeBefore),
          String(retention.retained),
          formatPercent(group.retention),
          formatNumber(factor(group.retention), 3),
        ];
      }),
    );
    expect(tableRows(root, 1)).toEqual(
      groups.map((group) => [
        group.group,
        String(group.customers),
        formatEuros(group.averageYearlyProfit),
        formatEuros(group.averageValue),
        formatEuros(group.totalValue),
      ]),
    );
    const best = values.customers[0]!;
    expect(tableRows(root, 2).map((row) => row.at(-1))).toEqual([
      ...Array.from({ length: PRACTICE_RULES.years }, (_, t) =>
        formatEuros((best.yearlyProfit * best.retention ** t) / (1 + PRACTICE_RULES.discountRate) ** t),
      ),
      formatEuros(best.value),
    ]);
    expect(value(root, 'best-clv')).toBe(formatEuros(best.value));
    expect(listItems(root, 'highest-clv')).toEqual(
      values.customers
        .slice(0, 5)
        .map(
          (entry) => `${entry.customer.id} (${singular(entry.customer.group)}): ${formatEuros(entry.value)}`,
        ),
    );
    expect(value(root, 'total-clv')).toBe(formatEuros(values.customers.reduce((sum, c) => sum + c.value, 0)));
  });

  test('each worked answer sits in a closed disclosure named "Worked answer"', () => {
    const disclosures = elements(tree, (el) => el.tagName === 'details');
    const answers = disclosures.filter((details) =>
      elements({ type: 'root', children: [details] }, (el) => el.tagName === 'summary').some(
        (summary) => clean(textOf(summary)) === 'Worked answer',
      ),
    );
    expect(answers).toHaveLength(3);
    for (const details of answers) expect(details.properties['open']).toBeUndefined();
  });
});
