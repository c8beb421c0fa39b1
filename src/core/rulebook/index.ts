/**
 * The rulebook: every number the framework sets, as a named parameter with the
 * section it comes from. Rules and custom functions read numbers only from here,
 * so a region can override a value (an **Assumption** in docs/rules.md, say) without
 * touching code. `npf-2021` is the default; older documents' figures stay
 * available as alternative rulebooks (README.md, "The rules checked": where two
 * documents disagree, NPF 2021 stands).
 */

import { formatPounds, monthName, plural } from '../words';

/** What a parameter's value may be. resolve.ts turns each into a zod schema; kept as data here so the worksheet functions and the taskpane's first load carry no schema library. */
export type Allowed =
  | 'whole'
  | 'whole, above 0'
  | 'above 0'
  | '0 or more'
  | '0 to 1'
  /** Years that are a whole number of months (0.5 = 6 months): extensions may be part years (London Protocol 2010 §2). */
  | 'years in whole months'
  | { readonly whole: true; readonly min: number; readonly max: number };

/** What a parameter means, its unit, the section it comes from, its default (NPF 2021) value and what values it allows. */
export interface ParameterInfo {
  readonly label: string;
  readonly unit: 'years' | 'months' | 'days' | 'band' | 'cases per FTE' | '%' | 'fraction' | 'FTE' | '£' | 'month' | 'day';
  readonly citation: string;
  /** Set where docs/rules.md marks the value an Assumption the framework does not state. */
  readonly assumption?: string;
  /** The value under NPF 2021 (v1.0, 26 June 2021), the default rulebook. */
  readonly default: number;
  readonly allows: Allowed;
}

/**
 * Every parameter, declared once. The names (PARAMETER_NAMES), the NPF 2021
 * values, the zod schema (resolve.ts), the saved-rulebook reader (saved.ts), the
 * Rules view and the README's parameter table are all derived from this table:
 * a parameter added here is in all of them.
 */
const TABLE = {
  probationInitialYears: {
    label: 'Probation secondment: initial term', unit: 'years', citation: 'NPF 2021 §5.4; London Protocol 2010 §2',
    default: 2, allows: 'whole, above 0',
  },
  probationMaxExtensionYears: {
    label: 'Probation secondment: most extension allowed', unit: 'years', citation: 'NPF 2021 §5.4 ("2+1", Civil Service Commissioner rules)',
    default: 1, allows: 'years in whole months',
  },
  policeInitialYears: {
    label: 'Police secondment: initial term', unit: 'years', citation: 'YOT Police Review 2010 §5.10.2',
    default: 2, allows: 'whole, above 0',
  },
  policeMaxExtensionYears: {
    label: 'Police secondment: most extension allowed (to 5 years in all)', unit: 'years', citation: 'YOT Police Review 2010 §5.10.2',
    default: 3, allows: 'years in whole months',
  },
  exitPlanningMonthsBeforeEnd: {
    label: 'Exit planning meeting: no later than this before the last day', unit: 'months', citation: 'NPF 2021 §5.4; London Protocol 2010 §2',
    default: 6, allows: 'whole',
  },
  sixMonthReviewMonths: {
    label: 'Six-month review: within this of the start', unit: 'months', citation: 'London Protocol 2010 §2',
    default: 6, allows: 'whole',
  },
  ppdaMonths: {
    label: 'PPDA / SPDR agreed: within this of the start', unit: 'months', citation: 'London Protocol 2010 §5, §8',
    default: 1, allows: 'whole',
  },
  threeWayReviewMonths: {
    label: 'Three-way review: at least this often', unit: 'months', citation: 'NPF 2021 §5.3; London Protocol 2010 §8',
    default: 3, allows: 'whole',
  },
  policePdrMonths: {
    label: 'Police PDR (Personal Development Review): at least this often', unit: 'months', citation: 'YOT Police Review 2010 §5.10.4.1',
    default: 12, allows: 'whole',
  },
  noticeMonths: {
    label: 'Notice to end a secondment early', unit: 'months', citation: 'London Protocol 2010 §6',
    default: 1, allows: 'whole',
  },
  poBand: {
    label: 'Band of a seconded Probation Officer', unit: 'band', citation: 'E3 YOS proposals §7.3.2',
    default: 4, allows: 'whole, above 0',
  },
  psoBand: {
    label: 'Band of a seconded Probation Services Officer', unit: 'band', citation: 'E3 YOS proposals §7.3.2',
    default: 3, allows: 'whole, above 0',
  },
  caseloadPerFte: {
    label: 'Cases per 1.0 PO FTE (12 cases = 0.6 FTE)', unit: 'cases per FTE', citation: 'NPF 2021 §5.1',
    default: 20, allows: 'above 0',
  },
  syvBandPercent: {
    label: 'Serious youth violence share: width of each level', unit: '%', citation: 'NPF 2021 §5.1',
    default: 10, allows: 'above 0',
  },
  syvProvisionPerLevel: {
    label: 'Serious youth violence: provision per level', unit: 'fraction', citation: 'NPF 2021 §5.1',
    default: 0.05, allows: '0 or more',
  },
  deprivationBandPercent: {
    label: 'Deprivation index: width of each level', unit: '%', citation: 'NPF 2021 §5.1',
    assumption: 'A1: the deprivation index is banded like serious youth violence (10% levels)',
    default: 10, allows: 'above 0',
  },
  deprivationProvisionPerLevel: {
    label: 'Deprivation: provision per level', unit: 'fraction', citation: 'NPF 2021 §5.1',
    assumption: 'A1: 5% provision per deprivation level, level 1 when data is present',
    default: 0.05, allows: '0 or more',
  },
  minimumPoFte: {
    label: 'Minimum PO FTE for every YOT', unit: 'FTE', citation: 'NPF 2021 §5.1',
    default: 0.5, allows: '0 to 1',
  },
  psoFtePerYot: {
    label: 'PSO FTE per YOT for other duties', unit: 'FTE', citation: 'NPF 2021 §5.1',
    default: 0.3, allows: '0 or more',
  },
  minimumPsoFtePerPdu: {
    label: 'Minimum PSO FTE per PDU', unit: 'FTE', citation: 'NPF 2021 §5.1',
    assumption: 'A2: PSO FTE for a PDU = max(minimum, PSO FTE per YOT × YOTs in the PDU)',
    default: 0.2, allows: '0 or more',
  },
  managementFeePerPo: {
    label: 'Management fee per seconded PO (by head)', unit: '£', citation: 'NPF 2021 §5.4',
    default: 5000, allows: '0 or more',
  },
  feeBasisMonth: {
    label: 'Fee basis date: month (posts counted on this date)', unit: 'month', citation: 'NPF 2021 §5.4',
    default: 4, allows: { whole: true, min: 1, max: 12 },
  },
  feeBasisDay: {
    label: 'Fee basis date: day', unit: 'day', citation: 'NPF 2021 §5.4',
    default: 1, allows: { whole: true, min: 1, max: 31 },
  },
  stage4WaitMonths: {
    label: 'Stage 4: earliest, after the post falls vacant', unit: 'months', citation: 'NPF 2021 §5.5 stage 4',
    default: 3, allows: 'whole',
  },
  stage5WaitMonthsAfterStage4: {
    label: 'Stage 5: earliest, after stage 4', unit: 'months', citation: 'NPF 2021 §5.5 stage 5',
    default: 1, allows: 'whole',
  },
  fractionalPsoMinimumFte: {
    label: 'PSO vacancies under this FTE are not funded at stages 4–5', unit: 'FTE', citation: 'NPF 2021 §5.5',
    default: 0.5, allows: '0 to 1',
  },
  trackerDaysBeforeMeeting: {
    label: 'Vacancy Tracker submitted at least this before the YOGB', unit: 'days', citation: 'NPF 2021 §5.5 vi',
    default: 7, allows: 'whole',
  },
  disputeEscalationDays: {
    label: 'Dispute escalated if unresolved after', unit: 'days', citation: 'NPF 2021 §9',
    default: 28, allows: 'whole, above 0',
  },
  packEndingWithinMonths: {
    label: 'Pack: secondments ending within', unit: 'months', citation: 'London Protocol 2010 §2 (exit planning 6 months before the end)',
    default: 6, allows: 'whole',
  },
} as const satisfies Record<string, ParameterInfo>;

/** The name of a rulebook parameter: 'managementFeePerPo'. */
export type ParameterName = keyof typeof TABLE;
export type RulebookValues = Readonly<Record<ParameterName, number>>;

export const PARAMETERS: Readonly<Record<ParameterName, ParameterInfo>> = TABLE;

/** The parameters every rulebook sets, by name, in the table's order. Every value is a number. */
export const PARAMETER_NAMES: readonly ParameterName[] = Object.keys(TABLE) as ParameterName[];

/** The values a table of parameters sets by default (NPF 2021's), by name. */
export function defaultValues<N extends string>(table: Readonly<Record<N, ParameterInfo>>): Readonly<Record<N, number>> {
  return Object.fromEntries(Object.entries<ParameterInfo>(table).map(([name, info]) => [name, info.default])) as Record<N, number>;
}

/** A parameter's value in words, as the Rules view and the README show it: '2 years', '£5,000', 'Band 4', '0.05 (5%)', 'April'. */
export function parameterText(value: number, info: Pick<ParameterInfo, 'unit'>): string {
  switch (info.unit) {
    case 'years':
    case 'months':
    case 'days':
      return plural(value, info.unit.slice(0, -1));
    case '£':
      return formatPounds(value);
    case 'band':
      return `Band ${value}`;
    case '%':
      return `${value}%`;
    case 'fraction':
      return `${value} (${Math.round(value * 1000) / 10}%)`;
    case 'FTE':
      return `${value} FTE`;
    case 'cases per FTE':
      return `${value} cases per FTE`;
    case 'month':
      return monthName(value);
    case 'day':
      return String(value);
  }
}

/** A rulebook: an id, a name and its values. */
export interface Rulebook {
  readonly id: string;
  readonly name: string;
  readonly values: RulebookValues;
  /** Where the secondment term (and so the last day) comes from, as users read it; NPF 2021 §5.4 when not set. */
  readonly termCitation?: string;
}

/** The secondment term's source under NPF 2021 (and any rulebook that does not set its own). */
export const DEFAULT_TERM_CITATION = 'NPF 2021 §5.4; London Protocol 2010 §2';

const NPF_2021_VALUES: RulebookValues = defaultValues(PARAMETERS);

/** The built-in rulebooks. */
export const RULEBOOKS: Readonly<Record<string, Rulebook>> = {
  'npf-2021': {
    id: 'npf-2021',
    name: 'National Partnership Framework 2021 (v1.0, 26 June 2021)',
    values: NPF_2021_VALUES,
  },
  // E3 YOS proposals §7: 3-year secondments, a 25-case standard workload. Superseded by NPF 2021.
  'e3-yos': {
    id: 'e3-yos',
    name: 'NPS E3 operating model, YOS section 7 (superseded)',
    values: { ...NPF_2021_VALUES, probationInitialYears: 3, probationMaxExtensionYears: 0, caseloadPerFte: 25 },
    termCitation: 'E3 YOS proposals §7',
  },
};

export const DEFAULT_RULEBOOK_ID = 'npf-2021';

/** The default rulebook, NPF 2021. */
export const NPF_2021: Rulebook = RULEBOOKS[DEFAULT_RULEBOOK_ID]!;

