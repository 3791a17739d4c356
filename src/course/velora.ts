import type { Velora } from '../schemas/velora.ts';

/**
 * The figures that follow from Velora's facts (`src/content/velora.yaml`), computed here so that no
 * page or test types them. The chapters show them rounded; `tests/unit/velora.test.ts` checks that
 * every figure a Velora sentence states is a fact or one of these.
 */
export interface VeloraFigures {
  /** Shops: one per entry of `shops`. */
  shopCount: number;
  /** Velora Care members: the sum over the customer groups. */
  careMembersCount: number;
  /** The share of customers who are Velora Care members. */
  careMemberShareRate: number;
  /** Velora Care's cost to Velora per member and year: check-ups, parts discount, reminders and administration. */
  careRunningCostEur: number;
  /** The investment in the relationship: running cost minus the member's fee. */
  careInvestmentEur: number;
  /** The margin on the assumed extra spending. */
  careExtraMarginEur: number;
  /** Value returned per member: extra margin plus savings. */
  careValueReturnedEur: number;
  /** Value returned for each euro invested. */
  careReturnPerEuroEur: number;
  /** Value a member adds: value returned minus the investment. */
  careNetValueEur: number;
  /** The fee at which the investment equals the value returned: the plan would only pay for itself. */
  careBreakEvenFeeEur: number;
  /** A mistake the chapter shows: extra spending counted as value instead of its margin, plus savings. */
  careTurnoverAsValueEur: number;
  /** That mistake per euro invested. */
  careTurnoverPerEuroEur: number;
  /** A mistake: the margin alone per euro invested, forgetting the savings. */
  careMarginOnlyPerEuroEur: number;
  /** A mistake: the investment divided by the value returned. */
  careInvertedRatioEur: number;
  /** What a commuter without the plan brings in margin a year. */
  commuterBaseMarginEur: number;
  /** What a commuter on Velora Care brings a year: the base margin plus what the plan adds (net value). */
  commuterMarginEur: number;
  /** The years t counted in the lifetime value, from 0. */
  years: number[];
  /** The chance the commuter is still a customer in year t (r^t). */
  stillCustomerFactors: number[];
  /** (1 + d)^t */
  discountDivisors: number[];
  /** 1 / (1 + d)^t */
  discountFactors: number[];
  /** The present value of each year's margin, year t. */
  commuterPresentValuesEur: number[];
  /** The commuter's lifetime value: the sum of the present values. */
  commuterLifetimeValueEur: number;
  /** The same commuter's lifetime value at the higher retention rate. */
  commuterHigherRetentionValueEur: number;
  /** What the higher retention adds. */
  higherRetentionGainEur: number;
  /** What it adds, as a share of the lifetime value. */
  higherRetentionGainRate: number;
  /** What a city-bike rider without the plan brings in margin a year. */
  cityRiderMarginEur: number;
  /** That rider's lifetime value. */
  cityRiderLifetimeValueEur: number;
}

/** Σ m × r^t / (1 + d)^t for t = 0 … horizon − 1. */
export function lifetimeValue(margin: number, retention: number, discount: number, horizon: number): number {
  let total = 0;
  for (let t = 0; t < horizon; t++) total += (margin * retention ** t) / (1 + discount) ** t;
  return total;
}

export function veloraFigures(velora: Velora): VeloraFigures {
  const { care, lifetimeValue: clv, marginRate } = velora;
  const careMembersCount = velora.customers.groups.reduce((sum, group) => sum + group.careMembersCount, 0);
  const careRunningCostEur = care.checkUpsCostEur + care.partsDiscountCostEur + care.remindersAndAdminCostEur;
  const careInvestmentEur = careRunningCostEur - care.feeEur;
  const careExtraMarginEur = care.extraSpendingEur * marginRate;
  const careValueReturnedEur = careExtraMarginEur + care.savingsEur;
  const careNetValueEur = careValueReturnedEur - careInvestmentEur;
  const careTurnoverAsValueEur = care.extraSpendingEur + care.savingsEur;
  const commuterBaseMarginEur = clv.commuterBaseSpendingEur * marginRate;
  const commuterMarginEur = commuterBaseMarginEur + careNetValueEur;
  const years = Array.from({ length: clv.horizonYears }, (_, t) => t);
  const commuterLifetimeValueEur = lifetimeValue(
    commuterMarginEur,
    clv.commuterRetentionRate,
    clv.discountRate,
    clv.horizonYears,
  );
  const commuterHigherRetentionValueEur = lifetimeValue(
    commuterMarginEur,
    clv.higherRetentionRate,
    clv.discountRate,
    clv.horizonYears,
  );
  const cityRiderMarginEur = clv.cityRiderSpendingEur * marginRate;
  return {
    shopCount: velora.shops.length,
    careMembersCount,
    careMemberShareRate: careMembersCount / velora.customers.totalCount,
    careRunningCostEur,
    careInvestmentEur,
    careExtraMarginEur,
    careValueReturnedEur,
    careReturnPerEuroEur: careValueReturnedEur / careInvestmentEur,
    careNetValueEur,
    careBreakEvenFeeEur: careRunningCostEur - careValueReturnedEur,
    careTurnoverAsValueEur,
    careTurnoverPerEuroEur: careTurnoverAsValueEur / careInvestmentEur,
    careMarginOnlyPerEuroEur: careExtraMarginEur / careInvestmentEur,
    careInvertedRatioEur: careInvestmentEur / careValueReturnedEur,
    commuterBaseMarginEur,
    commuterMarginEur,
    years,
    stillCustomerFactors: years.map((t) => clv.commuterRetentionRate ** t),
    discountDivisors: years.map((t) => (1 + clv.discountRate) ** t),
    discountFactors: years.map((t) => 1 / (1 + clv.discountRate) ** t),
    commuterPresentValuesEur: years.map(
      (t) => (commuterMarginEur * clv.commuterRetentionRate ** t) / (1 + clv.discountRate) ** t,
    ),
    commuterLifetimeValueEur,
    commuterHigherRetentionValueEur,
    higherRetentionGainEur: commuterHigherRetentionValueEur - commuterLifetimeValueEur,
    higherRetentionGainRate:
      (commuterHigherRetentionValueEur - commuterLifetimeValueEur) / commuterLifetimeValueEur,
    cityRiderMarginEur,
    cityRiderLifetimeValueEur: lifetimeValue(
      cityRiderMarginEur,
      clv.cityRiderRetentionRate,
      clv.discountRate,
      clv.horizonYears,
    ),
  };
}

/** What a number is, read from its key's suffix (see `src/schemas/velora.ts`). */
export type FigureKind = 'eur' | 'rate' | 'count' | 'year' | 'factor';

export interface Figure {
  /** Where it comes from: `care.feeEur`, `derived.careInvestmentEur[2]`. */
  path: string;
  kind: FigureKind;
  value: number;
}

export function figureKind(key: string): FigureKind | undefined {
  if (/Eur$/.test(key)) return 'eur';
  if (/Rate$/.test(key)) return 'rate';
  if (/Year$/.test(key)) return 'year';
  if (/(Count|Years|Months|Km)$/.test(key) || key === 'count') return 'count';
  if (/(Factors|Divisors)$/.test(key)) return 'factor';
  // The years t of the lifetime value (0, 1, 2, …) are operands, not counts of anything.
  if (key === 'years') return 'factor';
  return undefined;
}

function collect(value: unknown, path: string, kind: FigureKind | undefined, out: Figure[]): void {
  if (typeof value === 'number') {
    if (kind) out.push({ path, kind, value });
  } else if (Array.isArray(value)) {
    // A list of things (shops, groups, teams) also gives its length as a count.
    if (value.some((item) => typeof item === 'object'))
      out.push({ path: `${path}.length`, kind: 'count', value: value.length });
    value.forEach((item, i) => collect(item, `${path}[${i}]`, kind, out));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      collect(
        item,
        path ? `${path}.${key}` : key,
        figureKind(key) ?? (Array.isArray(item) ? kind : undefined),
        out,
      );
    }
  }
}

/** Every number of the facts and of their derived figures, each with what kind of number it is. */
export function veloraFigureList(velora: Velora): Figure[] {
  const out: Figure[] = [];
  collect(velora, '', undefined, out);
  collect(veloraFigures(velora), 'derived', undefined, out);
  return out;
}
