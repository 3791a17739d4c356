/**
 * Generates Velora's practice customer file: about 260 made-up records (customers, prospects and
 * suspects) and their transactions of 2022 to 2025, as two CSV files. Seeded, so the same code always
 * writes the same bytes; `tools/practice-data.ts` writes them into `public/downloads/`, and a unit
 * test fails when the committed files differ from what this produces.
 *
 * Everything here is fictional. The figures follow Velora's facts (`src/content/velora.yaml`): its
 * twelve shops and their opening years, its five customer groups, the 30 % gross margin on what it
 * sells, Velora Care's €69 fee, its €110 yearly cost per member and 80 % renewal, the leasing line's
 * start in 2019, and inactivity after two years. The prices, costs to serve and lease fees below are
 * made up for this file only; the page does not present them as Velora's facts.
 */
import {
  CUSTOMER_COLUMNS,
  formatCents,
  PRACTICE_RULES,
  TRANSACTION_COLUMNS,
  type CustomerType,
  type PracticeTransaction,
} from '../../src/course/practice-data.ts';

/** Velora's facts this file follows (src/content/velora.yaml). */
const FACTS = {
  shops: [
    { town: 'Ghent', openedYear: 2009, weight: 16 },
    { town: 'Antwerp', openedYear: 2011, weight: 16 },
    { town: 'Leuven', openedYear: 2012, weight: 12 },
    { town: 'Mechelen', openedYear: 2013, weight: 8 },
    { town: 'Bruges', openedYear: 2014, weight: 8 },
    { town: 'Aalst', openedYear: 2016, weight: 6 },
    { town: 'Kortrijk', openedYear: 2017, weight: 6 },
    { town: 'Hasselt', openedYear: 2018, weight: 7 },
    { town: 'Sint-Niklaas', openedYear: 2019, weight: 5 },
    { town: 'Lier', openedYear: 2020, weight: 5 },
    { town: 'Genk', openedYear: 2021, weight: 5 },
    { town: 'Ostend', openedYear: 2022, weight: 6 },
  ],
  marginRate: 0.3,
  careFee: 69,
  /** Check-ups €80, parts discount €18, reminders and administration €12. */
  careCost: 110,
  careRenewalRate: 0.8,
  leasingStartedYear: 2019,
  webshopOpenedYear: 2015,
  innerTubePrice: 8,
} as const;

/** Made up for this file: what serving one transaction costs beyond the goods sold. */
const COST_TO_SERVE = {
  /** Advice and fitting with every bike sold. */
  bike: 45,
  shopParts: 3,
  /** Picking, packing and shipping a webshop order. */
  webshopParts: 9,
  /** Booking and the text message when the bike is ready. */
  repair: 6,
  /** Account management, per monthly lease invoice. */
  leaseAccount: 150,
  /** One on-site repair day at the employer. */
  onSiteDay: 450,
} as const;

const PRICES = {
  'e-bike': [2299, 2499, 2699, 2799, 2999, 3199, 3499],
  'city bike': [449, 549, 649, 749, 849, 999],
  'cargo bike': [4999, 5499, 5999, 6000, 6499],
  parts: [8, 12, 18, 24, 29, 35, 42],
  accessories: [19, 25, 39, 45, 59, 79, 89, 129, 149],
  repair: [35, 45, 55, 65, 79, 95, 120, 160],
} as const;

type Group = 'commuters' | 'families' | 'students' | 'leisure riders' | 'employers';
type Status = 'active' | 'inactive' | 'prospect' | 'suspect';

/** How many records of each group and status the file holds: 200 active customers, so 1 % is 2. */
const PLAN: Array<{ group: Group; status: Status; count: number }> = [
  { group: 'commuters', status: 'active', count: 76 },
  { group: 'families', status: 'active', count: 40 },
  { group: 'students', status: 'active', count: 18 },
  { group: 'leisure riders', status: 'active', count: 57 },
  { group: 'employers', status: 'active', count: 9 },
  { group: 'commuters', status: 'inactive', count: 10 },
  { group: 'families', status: 'inactive', count: 3 },
  { group: 'students', status: 'inactive', count: 8 },
  { group: 'leisure riders', status: 'inactive', count: 18 },
  { group: 'employers', status: 'inactive', count: 1 },
  { group: 'commuters', status: 'prospect', count: 7 },
  { group: 'families', status: 'prospect', count: 5 },
  { group: 'leisure riders', status: 'prospect', count: 4 },
  { group: 'students', status: 'prospect', count: 2 },
  { group: 'employers', status: 'prospect', count: 2 },
  { group: 'employers', status: 'suspect', count: 10 },
];

/** How each private group behaves: yearly rates of events, and the chance to join Velora Care. */
const BEHAVIOUR: Record<
  Exclude<Group, 'employers'>,
  {
    bikes: Array<keyof typeof PRICES>;
    /** Chance that a customer buys a bike in a given year. */
    bikePerYear: number;
    repairsPerYear: number;
    partsPerYear: number;
    accessoriesPerYear: number;
    webshopShare: number;
    careShare: number;
    /** Care plans a member holds (one per bike). */
    plans: [number, number];
  }
> = {
  commuters: {
    bikes: ['e-bike', 'e-bike', 'e-bike', 'city bike'],
    bikePerYear: 0.1,
    repairsPerYear: 1.2,
    partsPerYear: 1.5,
    accessoriesPerYear: 0.8,
    webshopShare: 0.4,
    careShare: 0.4,
    plans: [1, 1],
  },
  families: {
    bikes: ['cargo bike', 'cargo bike', 'city bike', 'e-bike'],
    bikePerYear: 0.1,
    repairsPerYear: 1,
    partsPerYear: 1,
    accessoriesPerYear: 1,
    webshopShare: 0.3,
    careShare: 0.45,
    plans: [1, 2],
  },
  students: {
    bikes: ['city bike'],
    bikePerYear: 0.08,
    repairsPerYear: 1,
    partsPerYear: 1.2,
    accessoriesPerYear: 0.3,
    webshopShare: 0.3,
    careShare: 0.05,
    plans: [1, 1],
  },
  'leisure riders': {
    bikes: ['city bike', 'city bike', 'e-bike'],
    bikePerYear: 0.06,
    repairsPerYear: 0.35,
    partsPerYear: 0.3,
    accessoriesPerYear: 0.4,
    webshopShare: 0.5,
    careShare: 0.05,
    plans: [1, 1],
  },
};

const FIRST_DAY = '2022-01-01';
const LAST_DAY = PRACTICE_RULES.referenceDate;

/** Mulberry32: a small seeded generator that gives the same numbers on every platform. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const toDay = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;
const toIso = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

/** A transaction as generated, before it is numbered in date order. */
type Row = Omit<PracticeTransaction, 'id'>;

interface Person {
  id: string;
  type: CustomerType;
  group: Group;
  homeShop: string;
  firstContactDate: string;
  firstContact: string;
}

class Generator {
  readonly next: () => number;
  readonly rows: Row[] = [];

  constructor(seed: number) {
    this.next = random(seed);
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  /** A number of events with mean `mean` (Poisson, by Knuth's method). */
  count(mean: number): number {
    const limit = Math.exp(-mean);
    let k = 0;
    let p = this.next();
    while (p > limit) {
      k++;
      p *= this.next();
    }
    return k;
  }

  day(from: number, to: number): number {
    return this.int(from, to);
  }

  shop(openBy: number): string {
    const open = FACTS.shops.filter((shop) => shop.openedYear <= openBy);
    const total = open.reduce((sum, shop) => sum + shop.weight, 0);
    let draw = this.next() * total;
    for (const shop of open) {
      draw -= shop.weight;
      if (draw < 0) return shop.town;
    }
    return open.at(-1)!.town;
  }

  /** A sale at Velora's 30 % margin; revenue in euros. */
  sale(customerId: string, day: number, channel: string, category: string, revenue: number, cost: number) {
    const cents = Math.round(revenue * 100);
    this.rows.push({
      customerId,
      date: toIso(day),
      channel,
      category,
      revenue: cents,
      margin: Math.round(cents * FACTS.marginRate),
      costToServe: Math.round(cost * 100),
    });
  }

  care(customerId: string, day: number, channel: string) {
    this.rows.push({
      customerId,
      date: toIso(day),
      channel,
      category: 'Velora Care',
      revenue: FACTS.careFee * 100,
      margin: FACTS.careFee * 100,
      costToServe: FACTS.careCost * 100,
    });
  }
}

/** A private customer's transactions between `from` and `to` (days), the first on `from`. */
function privateHistory(
  g: Generator,
  person: Person,
  from: number,
  to: number,
  isNew: boolean,
  careUntil: number,
) {
  const b = BEHAVIOUR[person.group as Exclude<Group, 'employers'>];
  const id = person.id;
  const years = (to - from + 1) / 365;
  const channel = () => (g.chance(b.webshopShare) ? 'webshop' : 'shop');
  // Students buy the cheapest city bikes.
  const bikePrice = (kind: keyof typeof PRICES) =>
    g.pick(person.group === 'students' ? PRICES[kind].slice(0, 2) : PRICES[kind]);
  // The first transaction in the file: a bike for a new customer, else a repair or a part.
  if (isNew) {
    const kind = g.pick(b.bikes);
    g.sale(id, from, g.chance(0.85) ? 'shop' : 'webshop', kind, bikePrice(kind), COST_TO_SERVE.bike);
  } else if (g.chance(0.6)) {
    g.sale(id, from, 'workshop', 'repair', g.pick(PRICES.repair), COST_TO_SERVE.repair);
  } else {
    const ch = channel();
    g.sale(
      id,
      from,
      ch,
      'parts',
      g.pick(PRICES.parts),
      ch === 'shop' ? COST_TO_SERVE.shopParts : COST_TO_SERVE.webshopParts,
    );
  }
  if (to <= from) return;
  // Velora Care: a yearly payment from joining until the member does not renew. A plan runs a year
  // from its payment; an inactive customer's last plan ended before the active window.
  const member = g.chance(b.careShare);
  let extra = 0;
  if (member) {
    const plans = g.int(b.plans[0], b.plans[1]);
    for (let plan = 0; plan < plans; plan++) {
      let day = from + (isNew ? 0 : g.int(0, 200));
      while (day <= Math.min(to, careUntil)) {
        g.care(id, day, g.chance(0.3) ? 'webshop' : 'shop');
        if (!g.chance(FACTS.careRenewalRate)) break;
        day += 365;
      }
    }
    // Members spend more in the shops and the webshop than similar non-members.
    extra = 1.5;
  }
  const events: Array<[number, () => void]> = [];
  const add = (mean: number, make: (day: number) => void) => {
    const n = g.count(mean * years);
    for (let i = 0; i < n; i++) {
      const day = g.day(from + 1, to);
      events.push([day, () => make(day)]);
    }
  };
  add(b.bikePerYear, (day) => {
    const kind = g.pick(b.bikes);
    g.sale(id, day, g.chance(0.85) ? 'shop' : 'webshop', kind, bikePrice(kind), COST_TO_SERVE.bike);
  });
  add(member ? b.repairsPerYear / 2 : b.repairsPerYear, (day) =>
    g.sale(id, day, 'workshop', 'repair', g.pick(PRICES.repair), COST_TO_SERVE.repair),
  );
  for (const [category, mean] of [
    ['parts', b.partsPerYear + extra / 2],
    ['accessories', b.accessoriesPerYear + extra / 2],
  ] as const) {
    add(mean, (day) => {
      const ch = channel();
      g.sale(
        id,
        day,
        ch,
        category,
        g.pick(PRICES[category]),
        ch === 'shop' ? COST_TO_SERVE.shopParts : COST_TO_SERVE.webshopParts,
      );
    });
  }
  // The last day of the history holds a transaction, so that the customer is active (or inactive)
  // exactly as planned.
  events.push([to, () => g.sale(id, to, 'workshop', 'repair', g.pick(PRICES.repair), COST_TO_SERVE.repair)]);
  for (const [, make] of events.sort((a, b) => a[0] - b[0])) make();
}

/**
 * An employer's monthly lease invoices from `from` to `to`: bikes × the monthly fee per bike, with the
 * cost of account management and of on-site repair days.
 */
function leaseHistory(
  g: Generator,
  person: Person,
  from: number,
  to: number,
  lease: { bikes: number; growth: number; fee: number; onSiteDays: number },
) {
  let bikes = lease.bikes;
  const start = new Date(from * DAY);
  for (let month = 0; ; month++) {
    const day = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + month, 1) / DAY;
    if (day > to) break;
    if (day < from) continue;
    const revenue = bikes * lease.fee * 100;
    g.rows.push({
      customerId: person.id,
      date: toIso(day),
      channel: 'lease contract',
      category: 'bike lease',
      revenue,
      margin: Math.round(revenue * FACTS.marginRate),
      costToServe: (COST_TO_SERVE.leaseAccount + lease.onSiteDays * COST_TO_SERVE.onSiteDay) * 100,
    });
    if (g.chance(lease.growth)) bikes += g.int(1, 2);
  }
}

/**
 * The employers' leases, largest first. The largest negotiated a low fee and many on-site repair days;
 * the fifth pays for an on-site day a month that its small fleet does not cover.
 */
const LEASES = [
  { bikes: 58, growth: 0.5, fee: 84, onSiteDays: 4 },
  { bikes: 46, growth: 0.3, fee: 92, onSiteDays: 2 },
  { bikes: 30, growth: 0.3, fee: 95, onSiteDays: 1 },
  { bikes: 22, growth: 0.2, fee: 98, onSiteDays: 1 },
  { bikes: 16, growth: 0, fee: 99, onSiteDays: 1 },
  { bikes: 12, growth: 0.1, fee: 99, onSiteDays: 0 },
  { bikes: 9, growth: 0.1, fee: 102, onSiteDays: 0 },
  { bikes: 7, growth: 0.1, fee: 104, onSiteDays: 0 },
  { bikes: 6, growth: 0.05, fee: 105, onSiteDays: 0 },
];

/**
 * No two active customers have the same revenue in the active window, so that a spreadsheet's RANK
 * gives every customer its own rank, as the page's rule does: of two tied customers, the one with
 * the later id buys an €8 inner tube on the day of their last transaction, until no tie is left.
 */
function breakRevenueTies(g: Generator, from: number, to: number) {
  for (;;) {
    const revenue = new Map<string, number>();
    const lastDay = new Map<string, string>();
    for (const row of g.rows) {
      const day = toDay(row.date);
      if (day < from || day > to) continue;
      revenue.set(row.customerId, (revenue.get(row.customerId) ?? 0) + row.revenue);
      if (row.date > (lastDay.get(row.customerId) ?? '')) lastDay.set(row.customerId, row.date);
    }
    const seen = new Map<number, string>();
    const tied: string[] = [];
    for (const id of [...revenue.keys()].sort()) {
      const amount = revenue.get(id)!;
      if (seen.has(amount)) tied.push(id);
      else seen.set(amount, id);
    }
    if (tied.length === 0) return;
    for (const id of tied) {
      g.sale(id, toDay(lastDay.get(id)!), 'shop', 'parts', FACTS.innerTubePrice, COST_TO_SERVE.shopParts);
    }
  }
}

export interface PracticeFiles {
  customers: string;
  transactions: string;
}

export const PRACTICE_SEED = 2026;

/** The two CSV files, as text: a header row, then one record a line, `\n` line ends. */
export function generatePracticeData(seed = PRACTICE_SEED): PracticeFiles {
  const g = new Generator(seed);
  const first = toDay(FIRST_DAY);
  const last = toDay(LAST_DAY);
  const activeFrom = toDay(PRACTICE_RULES.activeFrom);

  // Ids in a shuffled order, so that an id tells nothing about the record.
  const total = PLAN.reduce((sum, entry) => sum + entry.count, 0);
  const ids = Array.from({ length: total }, (_, i) => `C${String(i + 1).padStart(4, '0')}`);
  for (let i = ids.length - 1; i > 0; i--) {
    const j = g.int(0, i);
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
  }

  const people: Person[] = [];
  let leaseIndex = 0;
  for (const { group, status, count } of PLAN) {
    for (let n = 0; n < count; n++) {
      const id = ids[people.length]!;
      const type: CustomerType = group === 'employers' ? 'business' : 'private';
      if (status === 'suspect') {
        people.push({
          id,
          type,
          group,
          homeShop: g.shop(2025),
          firstContactDate: '',
          firstContact: 'business directory',
        });
        continue;
      }
      if (status === 'prospect') {
        const day = g.day(toDay('2023-03-01'), last);
        const homeShop = g.shop(Number(toIso(day).slice(0, 4)));
        const firstContact =
          type === 'business' ? 'test-ride day' : g.pick(['test ride', 'test ride', 'fitting']);
        people.push({ id, type, group, homeShop, firstContactDate: toIso(day), firstContact });
        continue;
      }
      // Customers: when their history in the file starts and ends.
      let start: number;
      let end: number;
      let isNew: boolean;
      if (group === 'employers') {
        const lease = LEASES[leaseIndex] ?? LEASES.at(-1)!;
        const contractStart =
          status === 'inactive'
            ? toDay('2020-04-01')
            : toDay(`${2019 + (leaseIndex % 6)}-${String(1 + ((leaseIndex * 5) % 12)).padStart(2, '0')}-01`);
        const contractEnd = status === 'inactive' ? toDay('2023-03-01') : last;
        const homeShop = g.shop(new Date(contractStart * DAY).getUTCFullYear());
        const person = {
          id,
          type,
          group,
          homeShop,
          // The enquiry came some weeks before the contract, and not before the leasing line started.
          firstContactDate: toIso(
            Math.max(contractStart - g.int(40, 120), toDay(`${FACTS.leasingStartedYear}-01-01`)),
          ),
          firstContact: 'leasing enquiry',
        };
        people.push(person);
        leaseHistory(
          g,
          person,
          Math.max(contractStart, first),
          contractEnd,
          status === 'inactive' ? LEASES[4]! : lease,
        );
        if (status === 'active') leaseIndex++;
        continue;
      }
      if (status === 'active') {
        // Most active customers were already customers before 2022; some joined since.
        isNew = g.chance(0.35);
        start = isNew ? g.day(first, last - 30) : first + g.int(0, 500);
        end = g.chance(0.8)
          ? g.day(Math.max(start, toDay('2025-06-01')), last)
          : g.day(Math.max(start, activeFrom), last);
        if (end < activeFrom) end = g.day(activeFrom, last);
      } else {
        isNew = g.chance(0.3);
        start = isNew ? g.day(first, toDay('2023-06-30')) : first + g.int(0, 300);
        // Most lost customers left during 2023: they stop being active during 2025.
        end = g.chance(0.8)
          ? g.day(Math.max(start, toDay('2023-01-01')), activeFrom - 1)
          : g.day(start, toDay('2022-12-31'));
        if (end < start) end = start;
      }
      const firstContactDay = isNew
        ? start - (g.chance(0.3) ? g.int(3, 60) : 0)
        : g.day(toDay('2012-01-01'), first - 1);
      const homeShop = g.shop(new Date(firstContactDay * DAY).getUTCFullYear());
      const firstContact = isNew
        ? firstContactDay < start
          ? g.pick(['test ride', 'fitting'])
          : 'shop visit'
        : g.pick(
            firstContactDay >= toDay(`${FACTS.webshopOpenedYear}-01-01`)
              ? ['shop visit', 'shop visit', 'workshop', 'webshop']
              : ['shop visit', 'shop visit', 'workshop'],
          );
      const person = { id, type, group, homeShop, firstContactDate: toIso(firstContactDay), firstContact };
      people.push(person);
      privateHistory(g, person, start, end, isNew, status === 'inactive' ? activeFrom - 366 : end);
    }
  }

  breakRevenueTies(g, activeFrom, last);

  const customers = [CUSTOMER_COLUMNS.join(',')]
    .concat(
      people
        .toSorted((a, b) => a.id.localeCompare(b.id))
        .map((p) => [p.id, p.type, p.group, p.homeShop, p.firstContactDate, p.firstContact].join(',')),
    )
    .join('\n');
  const rows = g.rows.toSorted(
    (a, b) => a.date.localeCompare(b.date) || a.customerId.localeCompare(b.customerId),
  );
  const transactions = [TRANSACTION_COLUMNS.join(',')]
    .concat(
      rows.map((row, i) =>
        [
          `T${String(i + 1).padStart(5, '0')}`,
          row.customerId,
          row.date,
          row.channel,
          row.category,
          formatCents(row.revenue),
          formatCents(row.margin),
          formatCents(row.costToServe),
        ].join(','),
      ),
    )
    .join('\n');
  return { customers: `${customers}\n`, transactions: `${transactions}\n` };
}
