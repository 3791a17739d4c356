import { z } from 'astro/zod';

/*
 * The facts of Velora, the course's fictional running case, held once in `src/content/velora.yaml`.
 * Key suffixes say what a number is, so that tests can tell a price from a rate or a count:
 * `…Eur` euros, `…Rate` a fraction (0.8 = 80 %), `…Count` a count, `…Year` a calendar year,
 * `…Years`, `…Months`, `…Km` a duration or distance. Figures that follow from these are computed in
 * `src/course/velora.ts`, never typed into the file.
 */

const text = z.string().trim().min(1);
const texts = z.array(text).min(1);
const euros = z.number().nonnegative();
const rate = z.number().gt(0).lt(1);
const count = z.number().int().nonnegative();
const year = z.number().int().min(1900).max(2100);

/** One shop; each shop has its own repair workshop. */
const shopSchema = z.strictObject({
  /** The town, in its English name; one shop per town, so the chapters say "the Antwerp shop". */
  town: text,
  /** The year the shop opened. */
  openedYear: year,
});

/** A group of customers in the customer database. */
const customerGroupSchema = z.strictObject({
  /** Plural, lower case, as the chapters write it: "commuters", "families", "employers". */
  name: text,
  /** Who they are and what they need, in one line. */
  description: text,
  /** How many customers of the group the database holds. */
  count,
  /** How many of them are Velora Care members. */
  careMembersCount: count,
});

/** A team of the organization since it was reorganized by customer type. */
const teamSchema = z.strictObject({
  /** The team's name, lower case: "retention team". */
  name: text,
  /** What the team looks after. */
  handles: text,
});

export const veloraSchema = z
  .strictObject({
    /** Always "Velora". */
    name: z.literal('Velora'),
    /** Always true: Velora is invented for teaching, and every page that shows its facts says so. */
    fictional: z.literal(true),
    /** The country Velora operates in. */
    country: text,
    /** The region within the country. */
    region: text,
    /** The year the first shop opened. */
    foundedYear: year,
    /** The town of the first shop. */
    foundedIn: text,
    /** The value discipline Velora leads in (Treacy & Wiersema), as the chapters name it. */
    valueDiscipline: z.enum(['customer intimacy', 'operational excellence', 'product leadership']),
    /** The year the chapters' "now" refers to (chapter 4); chapters 2 and 3 show Velora before it reorganized. */
    presentYear: year,
    /** Every shop, in the order they opened. */
    shops: z.array(shopSchema).min(1),
    /** What Velora sells and does. */
    offer: z.strictObject({
      /** The product range, by kind. */
      products: texts,
      /** The services. */
      services: texts,
      /** The price of a cargo bike, the chapters' example of a large purchase. */
      cargoBikePriceEur: euros,
      /** The price of an inner tube, the chapters' example of a small purchase. */
      innerTubePriceEur: euros,
    }),
    /** The webshop. */
    webshop: z.strictObject({
      /** The year the webshop opened. */
      openedYear: year,
      /** What customers can do in it. */
      features: texts,
    }),
    /** The customer database. */
    customers: z.strictObject({
      /** Customers in the database: the sum of the groups' counts. */
      totalCount: count,
      /** The customer groups; every customer is in exactly one. */
      groups: z.array(customerGroupSchema).min(1),
    }),
    /** Velora Care, the yearly maintenance plan, per member and per year. */
    care: z.strictObject({
      /** The year the plan was launched. */
      launchedYear: year,
      /** What a member gets. */
      includes: texts,
      /** Check-ups a year in the plan. */
      checkUpsPerYearCount: count,
      /** The yearly fee the member pays. */
      feeEur: euros,
      /** Velora's cost of the check-ups. */
      checkUpsCostEur: euros,
      /** Velora's cost of the discount on parts. */
      partsDiscountCostEur: euros,
      /** Velora's cost of reminders and administration. */
      remindersAndAdminCostEur: euros,
      /** ASSUMED, not measured: what a member spends beyond a similar customer without the plan. */
      extraSpendingEur: euros,
      /** ASSUMED, not measured: savings (check-ups planned into quiet weeks, fewer win-back costs). */
      savingsEur: euros,
      /** The share of members who renew each year. */
      renewalRate: rate,
      /** The year the cargo-bike version of the plan is launched; its price is not set. */
      cargoVersionLaunchYear: year,
    }),
    /** Velora's gross margin on what it sells: bikes, parts, accessories and repairs. */
    marginRate: rate,
    /** The inputs of chapter 3's customer lifetime value example. */
    lifetimeValue: z.strictObject({
      /** The yearly discount rate. */
      discountRate: rate,
      /** Years counted, the current year (t = 0) included. */
      horizonYears: count,
      /** What an e-bike commuter without Velora Care spends a year in shops, workshops and webshop. */
      commuterBaseSpendingEur: euros,
      /** The chance a commuter on Velora Care stays another year. */
      commuterRetentionRate: rate,
      /** A higher retention rate, to show what retention is worth. */
      higherRetentionRate: rate,
      /** What a rider with one city bike and no plan spends a year. */
      cityRiderSpendingEur: euros,
      /** The chance that rider stays another year. */
      cityRiderRetentionRate: rate,
    }),
    /** The leasing line: employers lease bikes for their staff. */
    leasing: z.strictObject({
      /** The year the leasing line started. */
      startedYear: year,
      /** Employers that lease bikes (the customer group "employers"). */
      employersCount: count,
      /** Bikes on lease, ridden by the employers' staff. */
      leasedBikesCount: count,
      /** What a lease includes. */
      includes: texts,
    }),
    /** How Velora is organized, and when that changed. */
    organization: z.strictObject({
      /** The last year in which each shop was run as its own territory. */
      shopByShopUntilYear: year,
      /** The first year with teams by customer type. */
      customerTeamsSinceYear: year,
      /** The structure until then. */
      teamsBefore: texts,
      /** The teams since then. */
      teamsAfter: z.array(teamSchema).min(1),
      /** The management roles. */
      management: texts,
      /** The year the CRM taskforce was formed (chapter 3, step 1). */
      taskforceYear: year,
      /** Who sits in the CRM taskforce. */
      taskforce: texts,
    }),
    /** Velora on the CRM business model grid (chapter 2), by the models' plural names. */
    grid: z.strictObject({
      /** Where Velora stood in 2024. */
      in2024: text,
      /** Where it wants to be. */
      goal: text,
    }),
    /** The statements of chapter 3, step 2. */
    strategy: z.strictObject({
      /** The mission, as quoted in the chapter. */
      mission: text,
      /** The vision, as quoted in the chapter. */
      vision: text,
      /** The year the vision names. */
      visionYear: year,
      /** The values. */
      values: texts,
      /** One critical success factor. */
      criticalSuccessFactor: text,
      /** The objective that makes it measurable. */
      objective: text,
      /** The objective's target: the share of repairs ready at the promised time. */
      repairsOnTimeRate: rate,
    }),
    /** How Velora sorts people into the relationship types of chapters 3 and 4. */
    relationshipTypes: z.strictObject({
      /** A suspect lives within this distance of a shop and fits a target group. */
      suspectRadiusKm: count,
      /** Who is a prospective customer. */
      prospective: text,
      /** Who is a vulnerable customer: still a customer, at risk of leaving. */
      vulnerable: text,
      /** Who is a win-back customer: one who has left. */
      winBack: text,
      /** Who is a loyal customer. */
      loyal: text,
      /** Years without purchase, workshop visit or active plan after which a customer counts as inactive. */
      inactiveAfterYears: count,
    }),
    /** The family e-cargo bike pilot of chapter 4. */
    pilot: z.strictObject({
      /** What is piloted. */
      product: text,
      /** The town of the shop that runs it. */
      shop: text,
      /** The year it runs. */
      runYear: year,
      /** How long it runs. */
      durationMonths: count,
    }),
  })
  .superRefine((velora, context) => {
    const groups = velora.customers.groups;
    const total = groups.reduce((sum, group) => sum + group.count, 0);
    if (total !== velora.customers.totalCount) {
      context.addIssue({
        code: 'custom',
        message: `The groups hold ${total} customers, not totalCount ${velora.customers.totalCount}.`,
        path: ['customers', 'totalCount'],
      });
    }
    groups.forEach((group, i) => {
      if (group.careMembersCount > group.count) {
        context.addIssue({
          code: 'custom',
          message: `More Velora Care members than customers in "${group.name}".`,
          path: ['customers', 'groups', i, 'careMembersCount'],
        });
      }
    });
    const employers = groups.find((group) => group.name === 'employers');
    if (employers?.count !== velora.leasing.employersCount) {
      context.addIssue({
        code: 'custom',
        message: 'The customer group "employers" and leasing.employersCount differ.',
        path: ['leasing', 'employersCount'],
      });
    }
    if (velora.organization.customerTeamsSinceYear !== velora.organization.shopByShopUntilYear + 1) {
      context.addIssue({
        code: 'custom',
        message: 'The customer teams start the year after the shop-by-shop organization ends.',
        path: ['organization', 'customerTeamsSinceYear'],
      });
    }
    if (!velora.shops.some((shop) => shop.town === velora.pilot.shop)) {
      context.addIssue({
        code: 'custom',
        message: 'The pilot runs in a shop Velora has.',
        path: ['pilot', 'shop'],
      });
    }
  });

export type Velora = z.output<typeof veloraSchema>;
