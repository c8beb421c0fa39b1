/**
 * The Allocation sheet's part of the model: each YOT in Allocations with its
 * formula PO FTE against the PO FTE in post, and each PDU's PSO formula against
 * its PSO FTE in post (NPF 2021 §5.1; Assumption A2). Pure.
 */
import { formulaFte, yotKey } from '../../../calc/allocation';
import { isActive } from '../../../calc/secondment';
import { psoByPdu } from '../../../calc/identity';
import type { Nation, Secondment } from '../../../records/types';
import { compareText } from '../../../records/region';
import { roundFte, type FindingCounts, type PackRows, type RowRef } from '../../rows';

export type AllocationStatus = 'below-minimum' | 'below-formula' | 'meets' | 'unknown';

/** A YOT in Allocations: its formula PO FTE against the PO FTE in post (NPF 2021 §5.1). */
export interface PackAllocation {
  readonly ref: RowRef;
  readonly pdu: string | null;
  readonly yot: string;
  readonly nation: Nation;
  readonly caseload: number | null;
  readonly syvShare: number | null;
  readonly deprivationIndex: number | null;
  readonly formulaFte: number | null;
  readonly activePoFte: number;
  /** Active PO FTE minus formula FTE; null when there is no formula. */
  readonly difference: number | null;
  readonly status: AllocationStatus;
  /** The active Probation PO secondments whose FTE makes up activePoFte. */
  readonly counted: readonly RowRef[];
  readonly findings: FindingCounts;
}

/** A PDU's PSO resource: the formula (NPF 2021 §5.1, Assumption A2) against the PSO FTE in post. */
export interface PackPsoAllocation {
  readonly region: string;
  readonly source: string;
  readonly pdu: string;
  readonly yots: readonly string[];
  readonly formulaFte: number;
  readonly activePsoFte: number;
  readonly below: boolean;
}

/** Formula FTE against active PO FTE for each Allocations row (NPF 2021 §5.1). */
export function packAllocations(p: PackRows): PackAllocation[] {
  const { asOf, rb, ref } = p;
  const allocations: PackAllocation[] = [];
  for (const x of p.indexed) {
    const recs = x.input.records;
    // Active Probation POs by YOT, once per workbook (names matched as validation matches them).
    const activePos = new Map<string, Secondment[]>();
    for (const s of recs.secondments) {
      if (s.scheme !== 'Probation' || s.role !== 'PO' || s.fte === null || s.yot === null || !isActive(s, asOf)) continue;
      const k = yotKey(s.yot);
      const list = activePos.get(k);
      if (list) list.push(s);
      else activePos.set(k, [s]);
    }
    for (const a of recs.allocations) {
      const counted = a.yot === null ? [] : (activePos.get(yotKey(a.yot)) ?? []);
      const active = roundFte(counted.reduce((sum, s) => sum + (s.fte ?? 0), 0));
      // An unreadable uplift leaves the formula unknown rather than quietly without its uplift.
      const formula = a.caseload === null || a.invalid.has('syvShare') || a.invalid.has('deprivationIndex') ? null : formulaFte(a.caseload, a.syvShare, a.deprivationIndex, rb);
      let status: AllocationStatus;
      if (active < rb.minimumPoFte) status = 'below-minimum';
      else if (formula === null) status = 'unknown';
      else status = active < formula ? 'below-formula' : 'meets';
      allocations.push({
        ref: ref(x, 'Allocations', a.row, a.yot),
        pdu: a.pdu,
        yot: x.yotName(a.yot),
        nation: a.nation,
        caseload: a.caseload,
        syvShare: a.syvShare,
        deprivationIndex: a.deprivationIndex,
        formulaFte: formula,
        activePoFte: active,
        difference: formula === null ? null : roundFte(active - formula),
        status,
        counted: counted.map((s) => ref(x, 'Secondments', s.row, s.id)),
        findings: p.rowFindings(x, 'Allocations', a.row),
      });
    }
  }
  return allocations.sort((a, b) => p.byRegionThen(a.ref, b.ref) || compareText(a.pdu, b.pdu) || compareText(a.yot, b.yot) || p.byPlace(a.ref, b.ref));
}

/** PSO formula FTE against active PSO FTE per PDU (NPF 2021 §5.1, Assumption A2). */
export function packPsoAllocations(p: PackRows): PackPsoAllocation[] {
  const psoAllocations: PackPsoAllocation[] = [];
  for (const x of p.indexed) {
    for (const a of psoByPdu(x.input.records, p.asOf, p.rb)) {
      psoAllocations.push({ region: x.input.region, source: x.input.source, pdu: a.pdu, yots: a.yots, formulaFte: a.formulaFte, activePsoFte: a.activePsoFte, below: a.activePsoFte < a.formulaFte - 1e-9 });
    }
  }
  return psoAllocations.sort((a, b) => p.regionIndex(a.region) - p.regionIndex(b.region) || compareText(a.pdu, b.pdu) || compareText(a.source, b.source));
}
