import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  customerPyramid,
  CUSTOMER_COLUMNS,
  PRACTICE_FILES,
  PRACTICE_RULES,
  readPracticeData,
  TRANSACTION_COLUMNS,
} from '../../src/course/practice-data.ts';
import { generatePracticeData } from '../../tools/lib/practice-data.ts';
import { readText, readYaml } from '../../tools/testing/content.ts';
import { ROOT } from '../../tools/testing/site.ts';

const committed = {
  customers: readFileSync(join(ROOT, 'public', PRACTICE_FILES.customers), 'utf8'),
  transactions: readFileSync(join(ROOT, 'public', PRACTICE_FILES.transactions), 'utf8'),
};
const data = readPracticeData(committed.customers, committed.transactions);

describe('the practice files are generated, never edited by hand', () => {
  test('the committed files are exactly what the generator writes (run `node tools/practice-data.ts`)', () => {
    const generated = generatePracticeData();
    expect(committed.customers === generated.customers, PRACTICE_FILES.customers).toBe(true);
    expect(committed.transactions === generated.transactions, PRACTICE_FILES.transactions).toBe(true);
  });

  test('the generator is deterministic: the same seed gives the same bytes, another seed other data', () => {
    expect(generatePracticeData(7)).toEqual(generatePracticeData(7));
    expect(generatePracticeData(7).transactions).not.toBe(generatePracticeData(8).transactions);
  });

  test('the files open in any spreadsheet: ASCII text, a header row, commas, ISO dates, dot decimals', () => {
    for (const [name, text] of Object.entries(committed)) {
      expect(/^[\x20-\x7e\n]*$/.test(text), `${name} holds only printable ASCII and \\n`).toBe(true);
      expect(text.endsWith('\n') && !text.endsWith('\n\n'), name).toBe(true);
    }
    expect(committed.customers.split('\n')[0]).toBe(CUSTOMER_COLUMNS.join(','));
    expect(committed.transactions.split('\n')[0]).toBe(TRANSACTION_COLUMNS.join(','));
    for (const line of committed.transactions.trim().split('\n').slice(1)) {
      expect(line).toMatch(
        /^T\d{5},C\d{4},\d{4}-\d{2}-\d{2},[a-z ]+,[A-Za-z -]+,\d+\.\d\d,\d+\.\d\d,\d+\.\d\d$/,
      );
    }
  });

  test('the files are small enough for the service worker to precache on a first visit', () => {
    // The whole build precaches about 3.5 MB; the files add well under a tenth of that.
    const bytes = Object.values(committed).reduce((sum, text) => sum + Buffer.byteLength(text), 0);
    expect(bytes).toBeLessThan(200 * 1024);
  });

  test('the file names say that the data is fictional', () => {
    for (const path of Object.values(PRACTICE_FILES)) expect(path).toMatch(/fictional/);
  });
});

/**
 * Velora's facts the data must not contradict: from `src/content/velora.yaml` where the course has it,
 * else as the chapters state them.
 */
interface Facts {
  shops: Array<{ town: string; openedYear: number }>;
  groups: string[];
  marginRate: number;
  careFee: number;
  careCost: number;
  leasingStartedYear: number;
  webshopOpenedYear: number;
  inactiveAfterYears: number;
}

function veloraFacts(): Facts {
  const path = 'src/content/velora.yaml';
  if (existsSync(join(ROOT, path))) {
    const yaml = readYaml<{
      shops: Facts['shops'];
      customers: { groups: Array<{ name: string }> };
      marginRate: number;
      care: {
        feeEur: number;
        checkUpsCostEur: number;
        partsDiscountCostEur: number;
        remindersAndAdminCostEur: number;
      };
      leasing: { startedYear: number };
      webshop: { openedYear: number };
      relationshipTypes: { inactiveAfterYears: number };
    }>(path);
    return {
      shops: yaml.shops.map(({ town, openedYear }) => ({ town, openedYear })),
      groups: yaml.customers.groups.map((group) => group.name),
      marginRate: yaml.marginRate,
      careFee: yaml.care.feeEur,
      careCost:
        yaml.care.checkUpsCostEur + yaml.care.partsDiscountCostEur + yaml.care.remindersAndAdminCostEur,
      leasingStartedYear: yaml.leasing.startedYear,
      webshopOpenedYear: yaml.webshop.openedYear,
      inactiveAfterYears: yaml.relationshipTypes.inactiveAfterYears,
    };
  }
  return {
    shops: [
      ['Ghent', 2009],
      ['Antwerp', 2011],
      ['Leuven', 2012],
      ['Mechelen', 2013],
      ['Bruges', 2014],
      ['Aalst', 2016],
      ['Kortrijk', 2017],
      ['Hasselt', 2018],
      ['Sint-Niklaas', 2019],
      ['Lier', 2020],
      ['Genk', 2021],
      ['Ostend', 2022],
    ].map(([town, openedYear]) => ({ town: town as string, openedYear: openedYear as number })),
    groups: ['commuters', 'families', 'students', 'leisure riders', 'employers'],
    marginRate: 0.3,
    careFee: 69,
    careCost: 110,
    leasingStartedYear: 2019,
    webshopOpenedYear: 2015,
    inactiveAfterYears: 2,
  };
}

describe("the data agrees with Velora's facts", () => {
  const facts = veloraFacts();
  const customerById = new Map(data.customers.map((c) => [c.id, c]));
  const byCustomer = Map.groupBy(data.transactions, (t) => t.customerId);

  test('every record and transaction has its own id, and every transaction a customer', () => {
    expect(new Set(data.customers.map((c) => c.id)).size).toBe(data.customers.length);
    expect(new Set(data.transactions.map((t) => t.id)).size).toBe(data.transactions.length);
    for (const t of data.transactions) expect(customerById.has(t.customerId), t.id).toBe(true);
    const dates = data.transactions.map((t) => t.date);
    expect(dates).toEqual(dates.toSorted());
    expect(dates[0]! >= '2022-01-01' && dates.at(-1)! <= PRACTICE_RULES.referenceDate).toBe(true);
    for (const date of dates) expect(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(date);
  });

  test("customers belong to Velora's groups and shops, and were in touch no earlier than their shop opened", () => {
    const opened = new Map(facts.shops.map((shop) => [shop.town, shop.openedYear]));
    expect(new Set(data.customers.map((c) => c.group))).toEqual(new Set(facts.groups));
    for (const c of data.customers) {
      expect(opened.has(c.homeShop), `${c.id}: ${c.homeShop}`).toBe(true);
      expect(c.type === 'business', c.id).toBe(c.group === 'employers');
      if (!c.firstContactDate) continue;
      expect(Number(c.firstContactDate.slice(0, 4)), c.id).toBeGreaterThanOrEqual(opened.get(c.homeShop)!);
      const first = byCustomer.get(c.id)?.[0];
      if (first) expect(c.firstContactDate <= first.date, c.id).toBe(true);
      if (c.firstContact === 'webshop') {
        expect(Number(c.firstContactDate.slice(0, 4))).toBeGreaterThanOrEqual(facts.webshopOpenedYear);
      }
      if (c.group === 'employers' && c.firstContact === 'leasing enquiry') {
        expect(Number(c.firstContactDate.slice(0, 4))).toBeGreaterThanOrEqual(facts.leasingStartedYear);
      }
    }
  });

  test('Velora earns its gross margin on what it sells; a Velora Care payment is the fee, and costs the plan', () => {
    for (const t of data.transactions) {
      if (t.category === 'Velora Care') {
        expect([t.revenue, t.margin, t.costToServe], t.id).toEqual([
          facts.careFee * 100,
          facts.careFee * 100,
          facts.careCost * 100,
        ]);
      } else {
        expect(t.margin, t.id).toBe(Math.round(t.revenue * facts.marginRate));
      }
      expect(t.revenue > 0 && t.costToServe >= 0, t.id).toBe(true);
    }
  });

  test('only employers lease, and they do nothing else', () => {
    for (const t of data.transactions) {
      const employer = customerById.get(t.customerId)!.group === 'employers';
      expect(t.category === 'bike lease', t.id).toBe(employer);
      expect(t.channel === 'lease contract', t.id).toBe(employer);
    }
  });

  test('the active window is the two years after which Velora counts a customer inactive', () => {
    const from = new Date(`${PRACTICE_RULES.activeFrom}T00:00:00Z`);
    from.setUTCFullYear(from.getUTCFullYear() + facts.inactiveAfterYears);
    from.setUTCDate(from.getUTCDate() - 1);
    expect(from.toISOString().slice(0, 10)).toBe(PRACTICE_RULES.referenceDate);
  });

  test("no inactive customer had a Velora Care plan running into the active window, so Velora's rule agrees", () => {
    const pyramid = customerPyramid(data);
    const yearBefore = `${Number(PRACTICE_RULES.activeFrom.slice(0, 4)) - 1}${PRACTICE_RULES.activeFrom.slice(4)}`;
    for (const c of data.customers.filter((c) => pyramid.layerOf.get(c.id) === 'inactive')) {
      for (const t of byCustomer.get(c.id)!.filter((t) => t.category === 'Velora Care')) {
        expect(t.date < yearBefore, `${c.id} ${t.id}`).toBe(true);
      }
    }
  });

  test('prospects have been in touch and suspects not; neither has a transaction', () => {
    const pyramid = customerPyramid(data);
    for (const c of data.customers) {
      const layer = pyramid.layerOf.get(c.id);
      if (layer === 'prospect') expect(['test ride', 'fitting', 'test-ride day']).toContain(c.firstContact);
      if (layer === 'suspect')
        expect([c.firstContactDate, c.firstContact]).toEqual([undefined, 'business directory']);
      if (layer === 'prospect' || layer === 'suspect') expect(byCustomer.has(c.id)).toBe(false);
    }
  });

  test('200 customers are active, so the layers hold 2, 8, 30 and 160, and no two have the same revenue', () => {
    const pyramid = customerPyramid(data);
    expect(pyramid.layers.slice(0, 4).map((layer) => layer.customers.length)).toEqual([2, 8, 30, 160]);
    const revenues = pyramid.ranked.map((entry) => entry.totals.revenue);
    expect(new Set(revenues).size).toBe(revenues.length);
  });
});

describe('the practice-data page', () => {
  const page = readText('src/content/docs/practice-data.mdx');
  const tableColumns = (heading: string) => {
    const table = page.slice(page.indexOf(heading)).split('\n\n')[1]!;
    return [...table.matchAll(/^\| `([a-z_]+)`/gm)].map((match) => match[1]);
  };
  const named = (column: 'group' | 'firstContact' | 'channel' | 'category') =>
    new Set(
      column === 'group' || column === 'firstContact'
        ? data.customers.map((c) => c[column])
        : data.transactions.map((t) => t[column]),
    );

  test('explains every column of both files, in their order', () => {
    expect(tableColumns('The customer file has one line')).toEqual([...CUSTOMER_COLUMNS]);
    expect(tableColumns('The transaction file has one line')).toEqual([...TRANSACTION_COLUMNS]);
  });

  test('names every value of the groups, first contacts, channels and categories, and no other', () => {
    const rowOf = (column: string) => page.split('\n').find((line) => line.startsWith(`| \`${column}\``))!;
    for (const [column, values] of [
      ['customer_group', named('group')],
      ['first_contact', named('firstContact')],
      ['channel', named('channel')],
      ['category', named('category')],
    ] as const) {
      const listed = new Set(
        [...rowOf(column).matchAll(/`([^`]+)`/g)]
          .map((match) => match[1]!)
          .filter((value) => value !== column),
      );
      expect(listed, column).toEqual(values);
    }
  });

  test('states the rules the functions apply', () => {
    const { top, big, medium } = PRACTICE_RULES.layerCutoffs;
    const day = new Date(`${PRACTICE_RULES.referenceDate}T00:00:00Z`).toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    expect(page).toContain(`**Today** is ${day}`);
    expect(page).toContain(`The first ${top} % of them`);
    expect(page).toContain(`up to ${big} % big customers`);
    expect(page).toContain(`up to ${medium} % medium customers`);
    expect(page).toContain(`d = ${PRACTICE_RULES.discountRate * 100} %`);
    expect(page).toContain(`Σ<sub>t = 0 … ${PRACTICE_RULES.years - 1}</sub>`);
    const date = (iso: string) => `DATE(${iso.split('-').map(Number).join(',')})`;
    expect(page).toContain(`">="&${date(PRACTICE_RULES.activeFrom)}`);
    expect(page).toContain(`">="&${date(PRACTICE_RULES.previousActiveFrom)}`);
    expect(page).toContain(`"<="&${date(PRACTICE_RULES.previousReferenceDate)}`);
  });

  test('each exercise has a worked answer that the component computes: no number is typed in it', () => {
    const answers = [
      ...page.matchAll(/<details>\n<summary>Worked answer<\/summary>([\s\S]*?)<\/details>/g),
    ].map((match) => match[1]!);
    expect(answers.map((answer) => /<PracticeData show="([a-z-]+)" \/>/.exec(answer)?.[1])).toEqual([
      'pyramid',
      'profitability',
      'lifetime-value',
    ]);
    for (const answer of answers) {
      // Chapter numbers are the only digits the prose around a worked answer may hold.
      const prose = answer.replace(/<PracticeData show="[a-z-]+" \/>/, '').replace(/\bchapter \d\b/gi, '');
      expect(prose).not.toMatch(/\d/);
    }
  });

  test('chapter 3 links it from its sections on the pyramid and on lifetime value', () => {
    const chapter = readText('src/content/docs/chapters/building-a-strategy.mdx');
    const section = (heading: string) => chapter.slice(chapter.indexOf(heading)).split(/\n#{2,3} /)[0]!;
    expect(section('### The customer pyramid')).toContain(
      '](/practice-data/#exercise-1-build-the-customer-pyramid)',
    );
    expect(section('### Worked example: customer lifetime value')).toContain(
      '](/practice-data/#exercise-3-compute-customer-lifetime-values)',
    );
  });
});
