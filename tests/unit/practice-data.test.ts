import { describe, expect, test } from 'vitest';
import {
  careMembers,
  customerPyramid,
  cutoffRank,
  formatCents,
  formatEuros,
  formatPercent,
  lifetimeValue,
  lifetimeValues,
  parseCents,
  PRACTICE_RULES,
  profitability,
  readPracticeData,
  retentionByGroup,
  type PracticeRules,
} from '../../src/course/practice-data.ts';

/**
 * A small customer file whose answers are worked out by hand below. Window: 2024-01-01 to 2025-12-31.
 *
 * | id | group          | transactions in 2024–2025                 | revenue | margin  | cost to serve | profit  |
 * | C1 | commuters      | e-bike 2999.00, repair 120.00             | 3119.00 | 935.70  | 51.00         | 884.70  |
 * | C2 | employers      | two leases of 950.00                      | 1900.00 | 570.00  | 1200.00       | -630.00 |
 * | C3 | families       | cargo bike 6000.00                        | 6000.00 | 1800.00 | 45.00         | 1755.00 |
 * | C4 | students       | parts 8.00                                | 8.00    | 2.40    | 9.00          | -6.60   |
 * | C5 | commuters      | two Care payments 69.00, accessories 45.00 | 183.00  | 151.50  | 229.00        | -77.50  |
 * C6 (leisure riders) and C9 (commuters) bought only in 2023: inactive. C7 has a contact date and no
 * transaction: a prospect. C8 has neither: a suspect.
 */
const CUSTOMERS = `customer_id,customer_type,customer_group,home_shop,first_contact_date,first_contact
C1,private,commuters,Ghent,2019-05-01,shop visit
C2,business,employers,Antwerp,2021-01-15,leasing enquiry
C3,private,families,Leuven,2023-02-01,test ride
C4,private,students,Ghent,2022-09-01,workshop
C5,private,commuters,Leuven,2021-03-01,webshop
C6,private,leisure riders,Ghent,2020-06-01,shop visit
C7,private,commuters,Antwerp,2025-05-01,test ride
C8,business,employers,Ghent,,business directory
C9,private,commuters,Ghent,2018-01-01,shop visit
`;

const TRANSACTIONS = `transaction_id,customer_id,date,channel,category,revenue,margin,cost_to_serve
T01,C6,2023-04-10,shop,city bike,749.00,224.70,45.00
T02,C1,2023-06-01,workshop,repair,95.00,28.50,6.00
T03,C9,2023-09-01,workshop,repair,55.00,16.50,6.00
T04,C2,2023-12-01,lease contract,bike lease,950.00,285.00,150.00
T05,C2,2024-01-01,lease contract,bike lease,950.00,285.00,600.00
T06,C1,2024-02-01,shop,e-bike,2999.00,899.70,45.00
T07,C3,2024-05-01,shop,cargo bike,6000.00,1800.00,45.00
T08,C5,2024-07-01,shop,Velora Care,69.00,69.00,110.00
T09,C4,2024-08-15,webshop,parts,8.00,2.40,9.00
T10,C2,2025-01-01,lease contract,bike lease,950.00,285.00,600.00
T11,C5,2025-07-01,shop,Velora Care,69.00,69.00,110.00
T12,C5,2025-08-01,webshop,accessories,45.00,13.50,9.00
T13,C1,2025-11-30,workshop,repair,120.00,36.00,6.00
`;

const data = readPracticeData(CUSTOMERS, TRANSACTIONS);
/** Wider layers than the page's, so that five active customers fill all four. */
const WIDE: PracticeRules = { ...PRACTICE_RULES, layerCutoffs: { top: 20, big: 40, medium: 60 } };

describe('reading the files', () => {
  test('amounts become whole cents and back, without rounding errors', () => {
    expect(parseCents('12.50')).toBe(1250);
    expect(parseCents('8')).toBe(800);
    expect(parseCents('0.07')).toBe(7);
    expect(parseCents('-630.00')).toBe(-63000);
    expect(formatCents(1250)).toBe('12.50');
    expect(formatCents(-660)).toBe('-6.60');
    expect(formatCents(7)).toBe('0.07');
    expect(() => parseCents('12,50')).toThrow('is not an amount');
  });

  test('a file with other columns, a quote or a missing cell is refused', () => {
    expect(() => readPracticeData(CUSTOMERS.replace('home_shop', 'shop'), TRANSACTIONS)).toThrow(
      'Expected the columns',
    );
    expect(() => readPracticeData(CUSTOMERS.replace('Ghent,2019', '"Ghent",2019'), TRANSACTIONS)).toThrow(
      'quote',
    );
    expect(() => readPracticeData(CUSTOMERS.replace(',shop visit\nC2', '\nC2'), TRANSACTIONS)).toThrow(
      'Line 2 has 5 cells',
    );
  });

  test('an empty first contact date is read as none', () => {
    expect(data.customers.find((c) => c.id === 'C8')!.firstContactDate).toBeUndefined();
    expect(data.transactions[4]).toMatchObject({ customerId: 'C2', revenue: 95000, costToServe: 60000 });
  });
});

describe("Curry's pyramid", () => {
  test('cut-offs are shares of the active customers, rounded up', () => {
    // 200 active customers: 1 % is 2, 5 % is 10, 20 % is 40. 150: 1.5 → 2, 7.5 → 8, 30.
    expect([1, 5, 20].map((p) => cutoffRank(200, p))).toEqual([2, 10, 40]);
    expect([1, 5, 20].map((p) => cutoffRank(150, p))).toEqual([2, 8, 30]);
    expect([1, 5, 20].map((p) => cutoffRank(5, p))).toEqual([1, 1, 1]);
  });

  test('ranks the active customers by revenue and sorts everyone into the seven layers', () => {
    const pyramid = customerPyramid(data, WIDE);
    // Revenue 2024–2025: C3 6000.00, C1 3119.00, C2 1900.00, C5 183.00, C4 8.00.
    expect(pyramid.ranked.map((entry) => [entry.rank, entry.customer.id, entry.totals.revenue])).toEqual([
      [1, 'C3', 600000],
      [2, 'C1', 311900],
      [3, 'C2', 190000],
      [4, 'C5', 18300],
      [5, 'C4', 800],
    ]);
    // 20 % of 5 is 1, 40 % is 2, 60 % is 3.
    expect(pyramid.cutoffs).toEqual({ top: 1, big: 2, medium: 3 });
    expect(
      Object.fromEntries(pyramid.layers.map((layer) => [layer.layer, layer.customers.map((c) => c.id)])),
    ).toEqual({
      top: ['C3'],
      big: ['C1'],
      medium: ['C2'],
      small: ['C4', 'C5'],
      inactive: ['C6', 'C9'],
      prospect: ['C7'],
      suspect: ['C8'],
    });
    expect(pyramid.layers.map((layer) => layer.revenue)).toEqual([600000, 311900, 190000, 19100, 0, 0, 0]);
  });

  test("with the page's rule, five active customers make one top customer and four small ones", () => {
    const pyramid = customerPyramid(data);
    expect(pyramid.cutoffs).toEqual({ top: 1, big: 1, medium: 1 });
    expect(pyramid.ranked.map((entry) => entry.layer)).toEqual(['top', 'small', 'small', 'small', 'small']);
  });

  test('a transaction on the first day of the window makes a customer active, one a day earlier does not', () => {
    const pyramid = customerPyramid(data, { ...WIDE, activeFrom: '2024-01-02' });
    // C2's lease of 2024-01-01 now falls outside; its lease of 2025-01-01 keeps it active.
    expect(pyramid.ranked.find((entry) => entry.customer.id === 'C2')!.totals.revenue).toBe(95000);
    expect(pyramid.layerOf.get('C2')).not.toBe('inactive');
  });
});

describe('profitability score', () => {
  test('is margin minus cost to serve in the window, ranked from the most profitable', () => {
    const { rows } = profitability(data, WIDE);
    // C3 1800.00 − 45.00; C1 935.70 − 51.00; C4 2.40 − 9.00; C5 151.50 − 229.00; C2 570.00 − 1200.00.
    expect(rows.map((row) => [row.profitRank, row.customer.id, row.totals.profit])).toEqual([
      [1, 'C3', 175500],
      [2, 'C1', 88470],
      [3, 'C4', -660],
      [4, 'C5', -7750],
      [5, 'C2', -63000],
    ]);
  });

  test('adds up per layer and counts the unprofitable customers', () => {
    const { byLayer } = profitability(data, WIDE);
    expect(
      byLayer.map((layer) => [layer.layer, layer.customers, layer.totals.profit, layer.unprofitable]),
    ).toEqual([
      ['top', 1, 175500, 0],
      ['big', 1, 88470, 0],
      ['medium', 1, -63000, 1],
      // C4 and C5: −6.60 − 77.50 = −84.10; revenue 8.00 + 183.00; cost 9.00 + 229.00.
      ['small', 2, -8410, 2],
    ]);
    expect(byLayer[3]!.totals).toMatchObject({ revenue: 19100, margin: 15390, costToServe: 23800 });
  });

  test('Velora Care members are those with a plan payment in the window', () => {
    expect([...careMembers(data)]).toEqual(['C5']);
  });
});

describe('customer lifetime value', () => {
  test("matches chapter 3's worked table: €300, 80 %, 10 %, five years", () => {
    // 300 + 218.18 + 158.68 + 115.40 + 83.93 = 876.19
    expect(lifetimeValue(300, 0.8, 0.1, 5)).toBeCloseTo(876.19, 2);
    // 100 + 50 / 1.1 + 25 / 1.21 = 100 + 45.4545 + 20.6612
    expect(lifetimeValue(100, 0.5, 0.1, 3)).toBeCloseTo(166.1157, 4);
    expect(lifetimeValue(100, 0.5, 0.1, 1)).toBe(100);
  });

  test("retention is the share of a group's customers active at the end of 2024 who are still active at the end of 2025", () => {
    // Commuters: C1 (2023, 2024, 2025), C5 (2024, 2025) and C9 (2023 only) were active at the end of 2024;
    // C9 is not any more. Leisure riders: C6 (2023 only) is lost. C7 and C8 never bought.
    expect(retentionByGroup(data)).toEqual([
      { group: 'commuters', activeBefore: 3, retained: 2, rate: 2 / 3 },
      { group: 'employers', activeBefore: 1, retained: 1, rate: 1 },
      { group: 'families', activeBefore: 1, retained: 1, rate: 1 },
      { group: 'students', activeBefore: 1, retained: 1, rate: 1 },
      { group: 'leisure riders', activeBefore: 1, retained: 0, rate: 0 },
    ]);
  });

  test("a customer's CLV uses half the two-year score as m and the group's retention as r", () => {
    const { customers, groups } = lifetimeValues(data);
    const value = (id: string) => customers.find((entry) => entry.customer.id === id)!;
    // C1: m = 884.70 / 2 = 442.35, r = 2/3: r / 1.1 = 20/33, so the factor is
    // 1 + 20/33 + 400/1089 + 8000/35937 + 160000/1185921 ≈ 2.330899, and 442.35 × 2.330899 ≈ 1031.07.
    expect(value('C1').yearlyProfit).toBeCloseTo(442.35, 10);
    expect(value('C1').value).toBeCloseTo(
      442.35 * (1 + 20 / 33 + 400 / 1089 + 8000 / 35937 + 160000 / 1185921),
      8,
    );
    expect(value('C1').value).toBeCloseTo(1031.07, 2);
    // C3: m = 877.50, r = 1: 877.50 × (1 + 1/1.1 + 1/1.21 + 1/1.331 + 1/1.4641) ≈ 877.50 × 4.169865.
    expect(value('C3').value).toBeCloseTo(3659.06, 2);
    // C2: m = −315.00, r = 1: a negative CLV.
    expect(value('C2').value).toBeCloseTo(-315 * 4.169865, 3);
    expect(customers.map((entry) => entry.customer.id)).toEqual(['C3', 'C1', 'C4', 'C5', 'C2']);
    // Commuters C1 and C5: average m = (442.35 − 38.75) / 2 = 201.80.
    const commuters = groups.find((group) => group.group === 'commuters')!;
    expect(commuters.customers).toBe(2);
    expect(commuters.averageYearlyProfit).toBeCloseTo(201.8, 10);
    expect(commuters.totalValue).toBeCloseTo(2 * commuters.averageValue, 8);
  });
});

test('amounts and rates are written as the course writes them', () => {
  expect(formatEuros(327216)).toBe('€327,216.00');
  expect(formatEuros(-2995.2)).toBe('−€2,995.20');
  expect(formatEuros(0.004)).toBe('€0.00');
  expect(formatEuros(-0.004)).toBe('€0.00');
  expect(formatPercent(2 / 3)).toBe('66.7\u00a0%');
  expect(formatPercent(0.05)).toBe('5.0\u00a0%');
});
