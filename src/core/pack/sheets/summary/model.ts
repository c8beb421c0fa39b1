/**
 * The Summary sheet's part of the model: the figures per PDU and YOT, per region
 * and for the whole pack (posts, in post, vacancies by stage, exits due, overdue
 * reviews, fees, findings), from the other sheets' rows. Pure.
 */
import { yotKey } from '../../../calc/allocation';
import type { TableName } from '../../../records/types';
import { compareText } from '../../../records/region';
import { addCounts, countFindings, findingsAt, isDataQuality, ZERO, type FindingCounts, type PackRows } from '../../rows';
import type { PackFinding } from '../data-quality/model';
import type { PackDispute } from '../disputes/model';
import type { PackFee } from '../finance/model';
import type { PackSecondment } from '../secondments/model';
import type { PackVacancy } from '../vacancies/model';

export type StageCounts = readonly [number, number, number, number, number];

/** The Summary's figures for one YOT (or, with yot/pdu null, a region or the whole pack). */
export interface PackTally {
  /** Posts: in post plus vacant, a cover vacancy for a secondee still seconded counted once with that secondee's post (NPF 2021 §5.4). */
  readonly posts: number;
  readonly inPost: number;
  readonly vacant: number;
  /** Open vacancies at stages 1–5 (index 0 = stage 1). */
  readonly byStage: StageCounts;
  /** Active secondments ending within the horizon. */
  readonly exitsDue: number;
  readonly overdueReviews: number;
  readonly fees: number;
  readonly findings: FindingCounts;
}

export interface PackSummaryRow extends PackTally {
  readonly region: string;
  readonly pdu: string | null;
  readonly yot: string;
  /** Of `findings`, those about cells that could not be read (data/* rules), not breaches of the framework. */
  readonly dataQuality: FindingCounts;
}

export interface PackRegion extends PackTally {
  readonly region: string;
  readonly sources: readonly string[];
  readonly openDisputes: number;
  readonly disputesOverdue: number;
}

export type PackTotals = PackTally & { readonly openDisputes: number; readonly disputesOverdue: number };

/** The rows the Summary adds up: those of the Secondments, Vacancies, Finance, Disputes and Data quality sheets. */
export interface SummaryParts {
  readonly secondments: readonly PackSecondment[];
  readonly vacancies: readonly PackVacancy[];
  /** Open vacancies that are cover for a secondee still seconded: that secondee's post, not another. */
  readonly coverOnAsOf: ReadonlySet<PackVacancy>;
  readonly fees: readonly PackFee[];
  readonly feeTotal: number;
  readonly disputes: readonly PackDispute[];
  readonly findings: readonly PackFinding[];
}

/** The Summary per PDU/YOT, per region and overall. */
export function packSummary(p: PackRows, parts: SummaryParts): { summary: PackSummaryRow[]; regions: PackRegion[]; totals: PackTotals } {
  const { secondments, vacancies, coverOnAsOf, fees, disputes } = parts;
  const summaryMap = new Map<string, { region: string; pdu: string | null; yot: string; rows: { secondments: PackSecondment[]; vacancies: PackVacancy[]; fee: number; findings: FindingCounts; dataQuality: FindingCounts } }>();
  const summaryEntry = (region: string, yot: string, pdu: string | null) => {
    const k = `${region}\u0000${yotKey(yot)}`;
    let e = summaryMap.get(k);
    if (!e) {
      e = { region, pdu, yot, rows: { secondments: [], vacancies: [], fee: 0, findings: ZERO, dataQuality: ZERO } };
      summaryMap.set(k, e);
    }
    if (e.pdu === null && pdu !== null) e.pdu = pdu;
    return e;
  };
  for (const x of p.indexed) {
    const recs = x.input.records;
    const add = (yot: string | null, pdu: string | null, table: TableName, row: number) => {
      const e = summaryEntry(x.input.region, x.yotName(yot), pdu);
      const at = findingsAt(x, table, row);
      // A row without findings adds nothing (most rows of a register).
      if (at.length === 0) return;
      e.rows.findings = addCounts(e.rows.findings, countFindings(at));
      e.rows.dataQuality = addCounts(e.rows.dataQuality, countFindings(at.filter((f) => isDataQuality(f.rule))));
    };
    for (const s of recs.secondments) add(s.yot, s.pdu, 'Secondments', s.row);
    for (const v of recs.vacancies) add(v.yot, v.pdu, 'Vacancies', v.row);
    for (const a of recs.allocations) add(a.yot, a.pdu, 'Allocations', a.row);
    for (const dsp of recs.disputes) add(dsp.yot, null, 'Disputes', dsp.row);
  }
  for (const s of secondments) summaryEntry(s.ref.region, s.yot, s.pdu).rows.secondments.push(s);
  for (const v of vacancies) summaryEntry(v.ref.region, v.yot, v.pdu).rows.vacancies.push(v);
  for (const f of fees) summaryEntry(f.region, f.yot, f.pdu).rows.fee += f.fee;

  const tallyOf = (ss: readonly PackSecondment[], vs: readonly PackVacancy[], fee: number, fc: FindingCounts): PackTally => {
    const byStage = [0, 0, 0, 0, 0];
    for (const v of vs) byStage[v.countedAtStage - 1]!++;
    return {
      // Cover for a secondee still seconded is that secondee's post, not another one.
      posts: ss.length + vs.filter((v) => !coverOnAsOf.has(v)).length,
      inPost: ss.length,
      vacant: vs.length,
      byStage: byStage as unknown as StageCounts,
      exitsDue: ss.filter((s) => s.endingWithinHorizon).length,
      overdueReviews: ss.reduce((n, s) => n + s.overdueReviews, 0),
      fees: fee,
      findings: fc,
    };
  };
  const summary: PackSummaryRow[] = [...summaryMap.values()]
    .map((e) => ({ region: e.region, pdu: e.pdu, yot: e.yot, ...tallyOf(e.rows.secondments, e.rows.vacancies, e.rows.fee, e.rows.findings), dataQuality: e.rows.dataQuality }))
    .sort((a, b) => p.regionIndex(a.region) - p.regionIndex(b.region) || compareText(a.pdu, b.pdu) || compareText(a.yot, b.yot));

  const disputeCounts = (list: readonly PackDispute[]) => ({ openDisputes: list.length, disputesOverdue: list.filter((d) => d.status === 'overdue').length });
  const regions: PackRegion[] = p.regionNames.map((region) => {
    const fc = p.indexed.filter((x) => x.input.region === region).reduce((c, x) => addCounts(c, countFindings(x.findings)), ZERO);
    return {
      region,
      sources: p.inputs.filter((i) => i.region === region).map((i) => i.source),
      ...tallyOf(
        secondments.filter((s) => s.ref.region === region),
        vacancies.filter((v) => v.ref.region === region),
        fees.filter((f) => f.region === region).reduce((n, f) => n + f.fee, 0),
        fc,
      ),
      ...disputeCounts(disputes.filter((d) => d.ref.region === region)),
    };
  });
  const totals = { ...tallyOf(secondments, vacancies, parts.feeTotal, countFindings(parts.findings)), ...disputeCounts(disputes) };
  return { summary, regions, totals };
}
