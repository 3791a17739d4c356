/**
 * Velora's practice customer file (fictional) and the three analyses the practice-data page asks of
 * it: Curry's customer pyramid, a profitability score per customer and customer lifetime values.
 *
 * Plain functions on the text of the two CSV files: no file system, no Astro, so that the page's
 * component, the generator (tools/practice-data.ts) and the tests all use the same rules. Amounts are
 * summed in whole cents, as a spreadsheet summing two-decimal numbers gets them to the cent.
 */

/** Where the files are published, under the site's base path. */
export const PRACTICE_FILES = {
  customers: '/downloads/velora-fictional-customers.csv',
  transactions: '/downloads/velora-fictional-transactions.csv',
} as const;

export const CUSTOMER_COLUMNS = [
  'customer_id',
  'customer_type',
  'customer_group',
  'home_shop',
  'first_contact_date',
  'first_contact',
] as const;

export const TRANSACTION_COLUMNS = [
  'transaction_id',
  'customer_id',
  'date',
  'channel',
  'category',
  'revenue',
  'margin',
  'cost_to_serve',
] as const;

export interface PracticeRules {
  referenceDate: string;
  activeFrom: string;
  previousActiveFrom: string;
  previousReferenceDate: string;
  layerCutoffs: { top: number; big: number; medium: number };
  discountRate: number;
  years: number;
}

/** The rules of the exercises; the page states each of them. */
export const PRACTICE_RULES: Readonly<PracticeRules> = {
  /** "Today" for the file: its last day. */
  referenceDate: '2025-12-31',
  /**
   * First day of the window that makes a customer active: a transaction in the two years up to the
   * reference date. Chapter 4 suggests two years for Velora, whose customers buy a bike only every
   * few years. The pyramid's ranking and the profitability score use the same window.
   */
  activeFrom: '2024-01-01',
  /** The same two-year window one year earlier, to measure who stayed active during the last year. */
  previousActiveFrom: '2023-01-01',
  previousReferenceDate: '2024-12-31',
  /** Cumulative shares of the ranked active customers, in per cent, each rounded up to whole customers. */
  layerCutoffs: { top: 1, big: 5, medium: 20 },
  /** Chapter 3's worked example: a 10 % discount rate over five years, t = 0 to 4. */
  discountRate: 0.1,
  years: 5,
};

export type CustomerType = 'private' | 'business';

export interface PracticeCustomer {
  id: string;
  type: CustomerType;
  group: string;
  homeShop: string;
  /** ISO date of the first contact; absent for people Velora has never been in touch with. */
  firstContactDate: string | undefined;
  /** How that first contact came about, or where the record came from. */
  firstContact: string;
}

export interface PracticeTransaction {
  id: string;
  customerId: string;
  date: string;
  channel: string;
  category: string;
  /** Amounts in whole cents. */
  revenue: number;
  margin: number;
  costToServe: number;
}

export interface PracticeData {
  customers: PracticeCustomer[];
  transactions: PracticeTransaction[];
}

/** Rows of a comma-separated file with a header row, as records by column name. */
export function parseCsv(text: string, columns: readonly string[]): Record<string, string>[] {
  const lines = text.split('\n').filter((line) => line !== '');
  const header = lines[0]?.split(',') ?? [];
  if (header.join(',') !== columns.join(',')) {
    throw new Error(`Expected the columns ${columns.join(',')}, found ${header.join(',')}.`);
  }
  return lines.slice(1).map((line, i) => {
    if (line.includes('"')) throw new Error(`Line ${i + 2} has a quote; the practice files use none.`);
    const cells = line.split(',');
    if (cells.length !== columns.length) {
      throw new Error(`Line ${i + 2} has ${cells.length} cells, not ${columns.length}.`);
    }
    return Object.fromEntries(columns.map((column, j) => [column, cells[j]!]));
  });
}

/** "12.50" → 1250: a plain number with a decimal point and at most two decimals. */
export function parseCents(text: string): number {
  if (!/^-?\d+(\.\d{1,2})?$/.test(text)) throw new Error(`"${text}" is not an amount such as 12.50.`);
  const [whole = '0', fraction = ''] = text.replace('-', '').split('.');
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return text.startsWith('-') ? -cents : cents;
}

/** 1250 → "12.50", as the files write amounts. */
export function formatCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

export function readPracticeData(customersCsv: string, transactionsCsv: string): PracticeData {
  const customers = parseCsv(customersCsv, CUSTOMER_COLUMNS).map((row) => ({
    id: row['customer_id']!,
    type: row['customer_type'] as CustomerType,
    group: row['customer_group']!,
    homeShop: row['home_shop']!,
    firstContactDate: row['first_contact_date'] || undefined,
    firstContact: row['first_contact']!,
  }));
  const transactions = parseCsv(transactionsCsv, TRANSACTION_COLUMNS).map((row) => ({
    id: row['transaction_id']!,
    customerId: row['customer_id']!,
    date: row['date']!,
    channel: row['channel']!,
    category: row['category']!,
    revenue: parseCents(row['revenue']!),
    margin: parseCents(row['margin']!),
    costToServe: parseCents(row['cost_to_serve']!),
  }));
  return { customers, transactions };
}

/** A customer's transactions added up over a period, in cents. */
export interface Totals {
  revenue: number;
  margin: number;
  costToServe: number;
  /** Margin minus cost to serve. */
  profit: number;
  transactions: number;
}

const EMPTY_TOTALS: Totals = { revenue: 0, margin: 0, costToServe: 0, profit: 0, transactions: 0 };

/** Each customer's totals over the transactions dated `from` to `to`, both included (ISO dates). */
export function totalsByCustomer(
  transactions: readonly PracticeTransaction[],
  from: string,
  to: string,
): Map<string, Totals> {
  const totals = new Map<string, Totals>();
  for (const t of transactions) {
    if (t.date < from || t.date > to) continue;
    const sum = totals.get(t.customerId) ?? { ...EMPTY_TOTALS };
    sum.revenue += t.revenue;
    sum.margin += t.margin;
    sum.costToServe += t.costToServe;
    sum.profit += t.margin - t.costToServe;
    sum.transactions += 1;
    totals.set(t.customerId, sum);
  }
  return totals;
}

export const LAYERS = ['top', 'big', 'medium', 'small', 'inactive', 'prospect', 'suspect'] as const;
export type Layer = (typeof LAYERS)[number];

export const LAYER_NAMES: Record<Layer, string> = {
  top: 'Top customers',
  big: 'Big customers',
  medium: 'Medium customers',
  small: 'Small customers',
  inactive: 'Inactive customers',
  prospect: 'Prospects',
  suspect: 'Suspects',
};

export interface RankedCustomer {
  customer: PracticeCustomer;
  /** 1 for the highest revenue in the active window. */
  rank: number;
  totals: Totals;
  layer: 'top' | 'big' | 'medium' | 'small';
}

export interface PyramidLayer {
  layer: Layer;
  customers: PracticeCustomer[];
  /** Revenue in the active window, in cents (0 for the layers below the active customers). */
  revenue: number;
}

export interface Pyramid {
  /** The active customers, highest revenue first (ties, which the file avoids, by customer id). */
  ranked: RankedCustomer[];
  /** How many active customers the top, big and medium layers end at (cumulative ranks). */
  cutoffs: { top: number; big: number; medium: number };
  layers: PyramidLayer[];
  layerOf: Map<string, Layer>;
}

/** How many of `count` ranked customers fall within the first `percent` per cent, rounded up. */
export function cutoffRank(count: number, percent: number): number {
  return Math.ceil((count * percent) / 100);
}

/**
 * Curry's pyramid by this page's rule: active customers (a transaction from `activeFrom` up to the
 * reference date) ranked by revenue in that window, the first 1 % top, up to 5 % big, up to 20 %
 * medium, the rest small; customers with older transactions only are inactive; people without
 * transactions are prospects when they have been in touch (a first contact date), suspects when not.
 */
export function customerPyramid(data: PracticeData, rules: PracticeRules = PRACTICE_RULES): Pyramid {
  const active = totalsByCustomer(data.transactions, rules.activeFrom, rules.referenceDate);
  const ever = totalsByCustomer(data.transactions, '0000-01-01', rules.referenceDate);
  const activeCustomers = data.customers.filter((c) => active.has(c.id));
  const sorted = activeCustomers
    .map((customer) => ({ customer, totals: active.get(customer.id)! }))
    .sort((a, b) => b.totals.revenue - a.totals.revenue || a.customer.id.localeCompare(b.customer.id));
  const cutoffs = {
    top: cutoffRank(sorted.length, rules.layerCutoffs.top),
    big: cutoffRank(sorted.length, rules.layerCutoffs.big),
    medium: cutoffRank(sorted.length, rules.layerCutoffs.medium),
  };
  const ranked: RankedCustomer[] = sorted.map((entry, i) => {
    const rank = i + 1;
    const layer =
      rank <= cutoffs.top ? 'top' : rank <= cutoffs.big ? 'big' : rank <= cutoffs.medium ? 'medium' : 'small';
    return { ...entry, rank, layer };
  });
  const layerOf = new Map<string, Layer>(ranked.map((entry) => [entry.customer.id, entry.layer]));
  for (const customer of data.customers) {
    if (layerOf.has(customer.id)) continue;
    layerOf.set(
      customer.id,
      ever.has(customer.id) ? 'inactive' : customer.firstContactDate ? 'prospect' : 'suspect',
    );
  }
  const layers = LAYERS.map((layer) => {
    const customers = data.customers.filter((c) => layerOf.get(c.id) === layer);
    const revenue = customers.reduce((sum, c) => sum + (active.get(c.id)?.revenue ?? 0), 0);
    return { layer, customers, revenue };
  });
  return { ranked, cutoffs, layers, layerOf };
}

export interface ProfitabilityRow {
  customer: PracticeCustomer;
  layer: Layer;
  /** Revenue, margin, cost to serve and profit (the score) in the active window, in cents. */
  totals: Totals;
  /** 1 for the highest profit. */
  profitRank: number;
}

export interface LayerProfit {
  layer: Layer;
  customers: number;
  totals: Totals;
  unprofitable: number;
}

/**
 * The profitability score of each active customer: margin minus cost to serve over the active
 * window, in cents, ranked from the most to the least profitable; and the same per pyramid layer.
 */
export function profitability(data: PracticeData, rules: PracticeRules = PRACTICE_RULES) {
  const pyramid = customerPyramid(data, rules);
  const rows: ProfitabilityRow[] = pyramid.ranked
    .map((entry) => ({ customer: entry.customer, layer: entry.layer as Layer, totals: entry.totals }))
    .sort((a, b) => b.totals.profit - a.totals.profit || a.customer.id.localeCompare(b.customer.id))
    .map((row, i) => ({ ...row, profitRank: i + 1 }));
  const byLayer: LayerProfit[] = (['top', 'big', 'medium', 'small'] as const).map((layer) => {
    const inLayer = rows.filter((row) => row.layer === layer);
    const totals = inLayer.reduce(
      (sum, row) => ({
        revenue: sum.revenue + row.totals.revenue,
        margin: sum.margin + row.totals.margin,
        costToServe: sum.costToServe + row.totals.costToServe,
        profit: sum.profit + row.totals.profit,
        transactions: sum.transactions + row.totals.transactions,
      }),
      { ...EMPTY_TOTALS },
    );
    return {
      layer,
      customers: inLayer.length,
      totals,
      unprofitable: inLayer.filter((row) => row.totals.profit < 0).length,
    };
  });
  return { rows, byLayer, pyramid };
}

/** CLV = Σ_{t = 0 … years − 1} m × r^t / (1 + d)^t, chapter 3's formula; year 0 counts in full. */
export function lifetimeValue(
  margin: number,
  retention: number,
  discountRate: number,
  years: number,
): number {
  let value = 0;
  for (let t = 0; t < years; t++) value += (margin * retention ** t) / (1 + discountRate) ** t;
  return value;
}

export interface GroupRetention {
  group: string;
  /** Customers active at the end of the previous year (a transaction in the two years up to it). */
  activeBefore: number;
  /** Of those, how many are still active at the reference date. */
  retained: number;
  /** retained ÷ activeBefore, unrounded. */
  rate: number;
}

/**
 * Each customer group's retention rate over the last year: of the customers active at the end of
 * the previous year, the share still active at the reference date (by the same two-year rule).
 */
export function retentionByGroup(
  data: PracticeData,
  rules: PracticeRules = PRACTICE_RULES,
): GroupRetention[] {
  const before = totalsByCustomer(data.transactions, rules.previousActiveFrom, rules.previousReferenceDate);
  const now = totalsByCustomer(data.transactions, rules.activeFrom, rules.referenceDate);
  const groups = [...new Set(data.customers.map((c) => c.group))];
  return groups.map((group) => {
    const activeBefore = data.customers.filter((c) => c.group === group && before.has(c.id));
    const retained = activeBefore.filter((c) => now.has(c.id)).length;
    return {
      group,
      activeBefore: activeBefore.length,
      retained,
      rate: activeBefore.length === 0 ? 0 : retained / activeBefore.length,
    };
  });
}

export interface CustomerValue {
  customer: PracticeCustomer;
  layer: Layer;
  /** m: the yearly profit, the active window's profit divided by its years, in euros (unrounded). */
  yearlyProfit: number;
  /** r: the customer's group's retention rate. */
  retention: number;
  /** CLV in euros (unrounded). */
  value: number;
}

export interface GroupValue {
  group: string;
  customers: number;
  retention: number;
  /** The group's average yearly profit per active customer, in euros (unrounded). */
  averageYearlyProfit: number;
  /** CLV of a customer with that average profit, in euros (unrounded). */
  averageValue: number;
  /** The sum of the group's customers' lifetime values, in euros (unrounded). */
  totalValue: number;
}

/** The two-year active window in years, for turning its profit into a yearly margin m. */
export const WINDOW_YEARS = 2;

/**
 * Each active customer's lifetime value by chapter 3's formula: m is the customer's yearly profit
 * (margin minus cost to serve over the active window, divided by its two years), r the retention rate
 * of the customer's group, d and the number of years as in chapter 3. Highest value first.
 */
export function lifetimeValues(data: PracticeData, rules: PracticeRules = PRACTICE_RULES) {
  const { rows } = profitability(data, rules);
  const retention = retentionByGroup(data, rules);
  const rateOf = new Map(retention.map((entry) => [entry.group, entry.rate]));
  const customers: CustomerValue[] = rows
    .map((row) => {
      const yearlyProfit = row.totals.profit / 100 / WINDOW_YEARS;
      const r = rateOf.get(row.customer.group) ?? 0;
      return {
        customer: row.customer,
        layer: row.layer,
        yearlyProfit,
        retention: r,
        value: lifetimeValue(yearlyProfit, r, rules.discountRate, rules.years),
      };
    })
    .sort((a, b) => b.value - a.value || a.customer.id.localeCompare(b.customer.id));
  const groups: GroupValue[] = retention.map(({ group, rate }) => {
    const inGroup = customers.filter((c) => c.customer.group === group);
    const averageYearlyProfit =
      inGroup.length === 0 ? 0 : inGroup.reduce((sum, c) => sum + c.yearlyProfit, 0) / inGroup.length;
    return {
      group,
      customers: inGroup.length,
      retention: rate,
      averageYearlyProfit,
      averageValue: lifetimeValue(averageYearlyProfit, rate, rules.discountRate, rules.years),
      totalValue: inGroup.reduce((sum, c) => sum + c.value, 0),
    };
  });
  return { customers, groups, retention };
}

/** Which customers paid for Velora Care in the active window. */
export function careMembers(data: PracticeData, rules: PracticeRules = PRACTICE_RULES): Set<string> {
  return new Set(
    data.transactions
      .filter(
        (t) => t.category === 'Velora Care' && t.date >= rules.activeFrom && t.date <= rules.referenceDate,
      )
      .map((t) => t.customerId),
  );
}

const MINUS = '\u2212';

/** Euros as the course writes them: `€1,234.50`, `−€12.00`. */
export function formatEuros(euros: number, decimals = 2): string {
  const rounded = Number(euros.toFixed(decimals));
  const text = Math.abs(rounded).toLocaleString('en-US', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
  return `${rounded < 0 ? MINUS : ''}€${text}`;
}

/** Cents as euros: 123450 → `€1,234.50`. */
export function formatCentsAsEuros(cents: number): string {
  return formatEuros(cents / 100);
}

/**
 * A fraction as a percentage, as the course writes them: 0.8861 → `88.6 %`, with a no-break space
 * so that a narrow table cell does not put the sign on a line of its own.
 */
export function formatPercent(rate: number, decimals = 1): string {
  return `${(rate * 100).toFixed(decimals)}\u00a0%`;
}

/** A number with a fixed number of decimals: 3.1415 → `3.142`. */
export function formatNumber(value: number, decimals: number): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}
