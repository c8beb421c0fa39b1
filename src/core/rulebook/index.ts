/**
 * The rulebook: every number the framework sets, as a named parameter with the
 * section it comes from. Rules and custom functions read numbers only from here,
 * so a region can override a value (an **Assumption** in rules.md, say) without
 * touching code. `npf-2021` is the default; older documents' figures stay
 * available as alternative rulebooks (README.md, "The rules checked": where two
 * documents disagree, NPF 2021 stands).
 */

/** The parameters every rulebook sets, by name. Every value is a number. */
export const PARAMETER_NAMES = [
  'probationInitialYears', 'probationMaxExtensionYears', 'policeInitialYears', 'policeMaxExtensionYears',
  'exitPlanningMonthsBeforeEnd', 'sixMonthReviewMonths', 'ppdaMonths', 'threeWayReviewMonths', 'policePdrMonths', 'noticeMonths',
  'poBand', 'psoBand', 'caseloadPerFte', 'syvBandPercent', 'syvProvisionPerLevel', 'deprivationBandPercent',
  'deprivationProvisionPerLevel', 'minimumPoFte', 'psoFtePerYot', 'minimumPsoFtePerPdu', 'managementFeePerPo',
  'feeBasisMonth', 'feeBasisDay', 'stage4WaitMonths', 'stage5WaitMonthsAfterStage4',
  'fractionalPsoMinimumFte', 'trackerDaysBeforeMeeting', 'disputeEscalationDays', 'packEndingWithinMonths',
] as const;

export type ParameterName = (typeof PARAMETER_NAMES)[number];
export type RulebookValues = Readonly<Record<ParameterName, number>>;

/** What a parameter means, its unit and the section it comes from. */
export interface ParameterInfo {
  readonly label: string;
  readonly unit: 'years' | 'months' | 'days' | 'band' | 'cases per FTE' | '%' | 'fraction' | 'FTE' | '£' | 'month' | 'day';
  readonly citation: string;
  /** Set where rules.md marks the value an Assumption the framework does not state. */
  readonly assumption?: string;
}

export const PARAMETERS: Readonly<Record<ParameterName, ParameterInfo>> = {
  probationInitialYears: { label: 'Probation secondment: initial term', unit: 'years', citation: 'NPF 2021 §5.4; London Protocol 2010 §2' },
  probationMaxExtensionYears: { label: 'Probation secondment: most extension allowed', unit: 'years', citation: 'NPF 2021 §5.4 ("2+1", Civil Service Commissioner rules)' },
  policeInitialYears: { label: 'Police secondment: initial term', unit: 'years', citation: 'YOT Police Review 2010 §5.10.2' },
  policeMaxExtensionYears: { label: 'Police secondment: most extension allowed (to 5 years in all)', unit: 'years', citation: 'YOT Police Review 2010 §5.10.2' },
  exitPlanningMonthsBeforeEnd: { label: 'Exit planning meeting: no later than this before the last day', unit: 'months', citation: 'NPF 2021 §5.4; London Protocol 2010 §2' },
  sixMonthReviewMonths: { label: 'Six-month review: within this of the start', unit: 'months', citation: 'London Protocol 2010 §2' },
  ppdaMonths: { label: 'PPDA / SPDR agreed: within this of the start', unit: 'months', citation: 'London Protocol 2010 §5, §8' },
  threeWayReviewMonths: { label: 'Three-way review: at least this often', unit: 'months', citation: 'NPF 2021 §5.3; London Protocol 2010 §8' },
  policePdrMonths: { label: 'Police PDR (Personal Development Review): at least this often', unit: 'months', citation: 'YOT Police Review 2010 §5.10.4.1' },
  noticeMonths: { label: 'Notice to end a secondment early', unit: 'months', citation: 'London Protocol 2010 §6' },
  poBand: { label: 'Band of a seconded Probation Officer', unit: 'band', citation: 'E3 YOS proposals §7.3.2' },
  psoBand: { label: 'Band of a seconded Probation Services Officer', unit: 'band', citation: 'E3 YOS proposals §7.3.2' },
  caseloadPerFte: { label: 'Cases per 1.0 PO FTE (12 cases = 0.6 FTE)', unit: 'cases per FTE', citation: 'NPF 2021 §5.1' },
  syvBandPercent: { label: 'Serious youth violence share: width of each level', unit: '%', citation: 'NPF 2021 §5.1' },
  syvProvisionPerLevel: { label: 'Serious youth violence: provision per level', unit: 'fraction', citation: 'NPF 2021 §5.1' },
  deprivationBandPercent: {
    label: 'Deprivation index: width of each level', unit: '%', citation: 'NPF 2021 §5.1',
    assumption: 'A1: the deprivation index is banded like serious youth violence (10% levels)',
  },
  deprivationProvisionPerLevel: {
    label: 'Deprivation: provision per level', unit: 'fraction', citation: 'NPF 2021 §5.1',
    assumption: 'A1: 5% provision per deprivation level, level 1 when data is present',
  },
  minimumPoFte: { label: 'Minimum PO FTE for every YOT', unit: 'FTE', citation: 'NPF 2021 §5.1' },
  psoFtePerYot: { label: 'PSO FTE per YOT for other duties', unit: 'FTE', citation: 'NPF 2021 §5.1' },
  minimumPsoFtePerPdu: {
    label: 'Minimum PSO FTE per PDU', unit: 'FTE', citation: 'NPF 2021 §5.1',
    assumption: 'A2: PSO FTE for a PDU = max(minimum, PSO FTE per YOT × YOTs in the PDU)',
  },
  managementFeePerPo: { label: 'Management fee per seconded PO (by head)', unit: '£', citation: 'NPF 2021 §5.4' },
  feeBasisMonth: { label: 'Fee basis date: month (posts counted on this date)', unit: 'month', citation: 'NPF 2021 §5.4' },
  feeBasisDay: { label: 'Fee basis date: day', unit: 'day', citation: 'NPF 2021 §5.4' },
  stage4WaitMonths: { label: 'Stage 4: earliest, after the post falls vacant', unit: 'months', citation: 'NPF 2021 §5.5 stage 4' },
  stage5WaitMonthsAfterStage4: { label: 'Stage 5: earliest, after stage 4', unit: 'months', citation: 'NPF 2021 §5.5 stage 5' },
  fractionalPsoMinimumFte: { label: 'PSO vacancies under this FTE are not funded at stages 4–5', unit: 'FTE', citation: 'NPF 2021 §5.5' },
  trackerDaysBeforeMeeting: { label: 'Vacancy Tracker submitted at least this before the YOGB', unit: 'days', citation: 'NPF 2021 §5.5 vi' },
  disputeEscalationDays: { label: 'Dispute escalated if unresolved after', unit: 'days', citation: 'NPF 2021 §9' },
  packEndingWithinMonths: { label: 'Pack: secondments ending within', unit: 'months', citation: 'London Protocol 2010 §2 (exit planning 6 months before the end)' },
};

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

const NPF_2021_VALUES: RulebookValues = {
  probationInitialYears: 2,
  probationMaxExtensionYears: 1,
  policeInitialYears: 2,
  policeMaxExtensionYears: 3,
  exitPlanningMonthsBeforeEnd: 6,
  sixMonthReviewMonths: 6,
  ppdaMonths: 1,
  threeWayReviewMonths: 3,
  policePdrMonths: 12,
  noticeMonths: 1,
  poBand: 4,
  psoBand: 3,
  caseloadPerFte: 20,
  syvBandPercent: 10,
  syvProvisionPerLevel: 0.05,
  deprivationBandPercent: 10,
  deprivationProvisionPerLevel: 0.05,
  minimumPoFte: 0.5,
  psoFtePerYot: 0.3,
  minimumPsoFtePerPdu: 0.2,
  managementFeePerPo: 5000,
  feeBasisMonth: 4,
  feeBasisDay: 1,
  stage4WaitMonths: 3,
  stage5WaitMonthsAfterStage4: 1,
  fractionalPsoMinimumFte: 0.5,
  trackerDaysBeforeMeeting: 7,
  disputeEscalationDays: 28,
  packEndingWithinMonths: 6,
};

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

