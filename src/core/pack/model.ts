/**
 * The YOS Governance Board quarterly pack as data: every figure of rules.md,
 * "The quarterly pack's figures", computed from typed records and findings for
 * one as-of date. Pure: no clock, no files, no Excel. The CLI writes the model
 * to an .xlsx file (layout.ts, then adapters/xlsx/write-pack.ts); the taskpane
 * writes the same layout through Office.js.
 *
 * Each sheet's part of the model is built in its folder under sheets/
 * (sheets/<sheet>/model.ts); rows.ts indexes the workbooks once for all of
 * them. buildPack only composes those parts. Every row keeps where it came from
 * ({@link RowRef}: region, workbook, table, sheet row, ID), so each figure can
 * be traced to the rows behind it.
 */
import { financialYear, financialYearStart, fyQuarter, type Day } from '../dates';
import type { Rulebook } from '../rulebook';
import type { Withholder } from '../privacy';
import { compareText, regionOf } from '../records/region';
import { countFindings, indexRows, type BuildPackOptions, type FindingCounts, type PackInput } from './rows';
import { meetingDateOf, packSources, type PackSource } from './sheets/cover/model';
import { packSummary, type PackRegion, type PackSummaryRow, type PackTotals } from './sheets/summary/model';
import { packSecondments, type PackSecondment } from './sheets/secondments/model';
import { packVacancies, type PackVacancy } from './sheets/vacancies/model';
import { feeBasisDate, packClaims, packFees, type PackClaim, type PackFee } from './sheets/finance/model';
import { packAllocations, packPsoAllocations, type PackAllocation, type PackPsoAllocation } from './sheets/allocation/model';
import { packDisputes, type PackDispute } from './sheets/disputes/model';
import { packActions, type PackAction } from './sheets/actions/model';
import { packFindings, type PackFinding } from './sheets/data-quality/model';

export { compareText, regionOf };
// Personal data is withheld by ../privacy (NI numbers always; names unless asked for).
export { withhold, withholder } from '../privacy';
export { isDataQuality, NO_YOT, type BuildPackOptions, type FindingCounts, type PackInput, type RowRef } from './rows';
export { feeBasisDate, type ClaimProblem, type FeeBasisRow, type PackClaim, type PackFee } from './sheets/finance/model';
export type { PackSource } from './sheets/cover/model';
export type { PackRegion, PackSummaryRow, PackTally, PackTotals, StageCounts } from './sheets/summary/model';
export type { PackSecondment, ReviewState, ReviewStatus } from './sheets/secondments/model';
export type { PackVacancy, ReimbursementStatus } from './sheets/vacancies/model';
export type { AllocationStatus, PackAllocation, PackPsoAllocation } from './sheets/allocation/model';
export type { DisputeStatus, PackDispute } from './sheets/disputes/model';
export type { PackAction } from './sheets/actions/model';
export type { PackFinding } from './sheets/data-quality/model';

export interface PackModel {
  readonly asOf: Day;
  /** '2025/26 Q2' */
  readonly quarter: string;
  /** '2025/26' */
  readonly financialYear: string;
  readonly financialYearStart: Day;
  /** The day management-fee posts are counted on (1 April of the financial year; rulebook feeBasisMonth/Day). */
  readonly feeBasisDate: Day;
  /** EDATE(asOf, packEndingWithinMonths): secondments whose last day is on or before it are "ending". */
  readonly endingBy: Day;
  readonly endingWithinMonths: number;
  /** Reviews falling due on or before this day (the end of the next quarter) are "due". */
  readonly reviewsDueBy: Day;
  readonly meetingDate: Day | null;
  readonly rulebook: Rulebook;
  readonly includeNames: boolean;
  /**
   * Withholds personal data from any text copied from the workbooks (NI numbers always; secondee names
   * unless includeNames): the layout and the JSON figures pass every string through it. A function, so
   * it is never serialised with the model.
   */
  readonly scrub: Withholder;
  readonly sources: readonly PackSource[];
  readonly regions: readonly PackRegion[];
  readonly totals: PackTotals;
  readonly summary: readonly PackSummaryRow[];
  readonly secondments: readonly PackSecondment[];
  readonly vacancies: readonly PackVacancy[];
  readonly fees: readonly PackFee[];
  readonly feeTotal: number;
  readonly claims: readonly PackClaim[];
  readonly allocations: readonly PackAllocation[];
  /** PSO formula FTE against active PSO FTE, per PDU (Assumption A2). */
  readonly psoAllocations: readonly PackPsoAllocation[];
  readonly disputes: readonly PackDispute[];
  /** The board's actions raised by the as-of date: open, overdue and closed (NPF 2021 §5.5 vi). */
  readonly actions: readonly PackAction[];
  readonly findings: readonly PackFinding[];
  readonly findingCounts: FindingCounts;
}

/**
 * Build the pack for one or more regional workbooks on one as-of date: each
 * sheet's part from the indexed rows, then the Summary over them. Pure and
 * deterministic: the same inputs give the same model.
 */
export function buildPack(inputs: readonly PackInput[], options: BuildPackOptions): PackModel {
  const { asOf, rulebook, includeNames } = options;
  const rows = indexRows(inputs, options);
  const secondments = packSecondments(rows);
  const { vacancies, coverOnAsOf } = packVacancies(rows);
  const fees = packFees(rows);
  const feeTotal = fees.reduce((sum, f) => sum + f.fee, 0);
  const disputes = packDisputes(rows);
  const findings = packFindings(rows);
  const { summary, regions, totals } = packSummary(rows, { secondments, vacancies, coverOnAsOf, fees, feeTotal, disputes, findings });
  const sources = packSources(rows);
  return {
    asOf,
    quarter: fyQuarter(asOf),
    financialYear: financialYear(asOf),
    financialYearStart: financialYearStart(asOf),
    feeBasisDate: feeBasisDate(asOf, rulebook.values),
    endingBy: rows.endingBy,
    endingWithinMonths: rulebook.values.packEndingWithinMonths,
    reviewsDueBy: rows.reviewsDueBy,
    meetingDate: meetingDateOf(sources, options.meetingDate),
    rulebook,
    includeNames,
    scrub: rows.scrub,
    sources,
    regions,
    totals,
    summary,
    secondments,
    vacancies,
    fees,
    feeTotal,
    claims: packClaims(rows),
    allocations: packAllocations(rows),
    psoAllocations: packPsoAllocations(rows),
    disputes,
    actions: packActions(rows),
    findings,
    findingCounts: countFindings(findings),
  };
}
