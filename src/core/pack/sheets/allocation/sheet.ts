/**
 * The Allocation sheet: each YOT's formula PO FTE against the PO FTE in post,
 * and each PDU's PSO formula against its PSO FTE in post, with the formula and
 * its assumptions in words (NPF 2021 §5.1; Assumptions A1, A2).
 */
import type { CellValue } from '../../document';
import type { PackSheet, SheetContext, SheetDraft } from '../types';
import { plural, rag, uk } from '../../words';
import { findingsRag, regionLines } from '../text';

/** 0.05 → '5%' (no floating-point noise). */
function pct(fraction: number): string {
  return `${Math.round(fraction * 100 * 1e6) / 1e6}%`;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

export function allocationDraft(ctx: SheetContext): SheetDraft {
  const { model } = ctx;
  const asOf = uk(model.asOf);
  const rb = model.rulebook.values;
  return {
    name: 'Allocation',
    freeze: true,
    lines: [
      { text: `Allocation on ${asOf}: formula PO FTE against active PO FTE`, style: 'title' },
      { text: `${plural(model.allocations.length, 'YOT')} in Allocations; ${model.allocations.filter((a) => a.status === 'below-minimum').length} under the ${rb.minimumPoFte.toFixed(1)} FTE minimum, ${model.allocations.filter((a) => a.status === 'below-formula').length} below formula.`, style: 'subtitle' },
      ...regionLines(model, (r) => {
        const list = model.allocations.filter((a) => a.ref.region === r.region);
        return `${plural(list.length, 'YOT')}, ${list.filter((a) => a.status === 'below-minimum').length} under the minimum, ${list.filter((a) => a.status === 'below-formula').length} below formula.`;
      }),
      {
        text: `PO FTE = max(${rb.minimumPoFte}, caseload ÷ ${rb.caseloadPerFte} × (1 + SYV provision + deprivation provision)) (NPF 2021 §5.1). Serious youth violence: ${pct(rb.syvProvisionPerLevel)} provision per ${rb.syvBandPercent}% band (NPF 2021 §5.1).`,
        style: 'text',
      },
      {
        text: `Assumption A1 (a rulebook parameter, not stated by the framework): the deprivation index is banded like SYV, ${pct(rb.deprivationProvisionPerLevel)} provision per ${rb.deprivationBandPercent}% band.`,
        style: 'text',
      },
      { text: 'Active PO FTE adds up the FTE of the YOT’s active Probation PO secondments (PSO and police secondees do not count).', style: 'text' },
      {
        text: `PSO by PDU (Assumption A2): formula PSO FTE = max(${rb.minimumPsoFtePerPdu}, ${rb.psoFtePerYot} × YOTs in the PDU) (NPF 2021 §5.1), against active PSO FTE.`,
        style: 'text',
      },
      ...model.psoAllocations.map((p) => ({
        text: `${model.regions.length > 1 ? `${p.region}: ` : ''}PDU ${p.pdu} (${plural(p.yots.length, 'YOT')}): formula PSO FTE ${p.formulaFte}, active PSO FTE ${p.activePsoFte}${p.below ? ' — below the formula' : ''}.`,
        style: 'text' as const,
      })),
    ],
    table: {
      name: 'PackAllocation',
      caption: `Formula PO FTE and active PO FTE for each YOT on ${asOf}`,
      columns: [
        { header: 'Region', kind: 'text' },
        { header: 'PDU', kind: 'text' },
        { header: 'YOT', kind: 'text' },
        { header: 'Nation', kind: 'text' },
        { header: 'Caseload', kind: 'number' },
        { header: 'SYV share', kind: 'number' },
        { header: 'Deprivation index', kind: 'number' },
        { header: 'Formula PO FTE', kind: 'fte' },
        { header: 'Active PO FTE', kind: 'fte' },
        { header: 'Difference', kind: 'fte' },
        { header: 'Status', kind: 'rag' },
        { header: 'Secondments counted', kind: 'text', wrapAt: 40 },
        { header: 'Findings', kind: 'rag' },
        { header: 'Tracker row', kind: 'integer' },
      ],
      rows: model.allocations.map((a): CellValue[] => [
        a.ref.region,
        a.pdu,
        a.yot,
        a.nation,
        a.caseload,
        a.syvShare,
        a.deprivationIndex,
        a.formulaFte,
        a.activePoFte,
        a.difference,
        a.status === 'below-minimum'
          ? rag('Red', `under the ${rb.minimumPoFte} FTE minimum`)
          : a.status === 'below-formula'
            ? rag('Amber', 'below formula')
            : a.status === 'meets'
              ? rag('Green', 'at or above formula')
              : 'No formula: caseload not given',
        a.counted.length > 0 ? a.counted.map((c) => c.id ?? `row ${c.row}`).join(', ') : 'None',
        findingsRag(a.findings),
        a.ref.row,
      ]),
      totals: model.allocations.length > 0
        ? ['Total', null, null, null, null, null, null, round2(model.allocations.reduce((n, a) => n + (a.formulaFte ?? 0), 0)), round2(model.allocations.reduce((n, a) => n + a.activePoFte, 0)), null, null, null, null, null]
        : null,
    },
  };
}

export const allocationSheet: PackSheet = {
  name: 'Allocation',
  describe: () => 'Formula PO FTE against active PO FTE for each YOT in Allocations',
  draft: allocationDraft,
};
