/**
 * The pack's headline figures as plain JSON (`yot pack --json`): the shape the
 * issue specifies, for other tools and for checking a pack by hand.
 */
import { formatIso } from '../dates';
import type { FindingCounts, PackModel } from './model';
import type { Movement, MovementLists } from './sheets/movement/model';

/** Movement since last quarter as `--json` gives it: IDs per change, finding counts. */
export interface MovementFigures extends MovementLists {
  readonly previous: { readonly asOf: string; readonly quarter: string };
}

export interface PackFigures {
  /** ISO date, e.g. '2025-09-30'. */
  readonly asOf: string;
  /** '2025/26 Q2' */
  readonly quarter: string;
  /** '2025/26' */
  readonly financialYear: string;
  readonly managementFees: { readonly total: number; readonly byYot: Readonly<Record<string, number>> };
  readonly vacancies: { readonly open: number; readonly byStage: Readonly<Record<'1' | '2' | '3' | '4' | '5', number>> };
  readonly secondments: { readonly active: number; readonly endingWithin6Months: number };
  readonly allocation: readonly { readonly yot: string; readonly formulaFte: number | null; readonly activePoFte: number }[];
  /** PSO formula FTE against active PSO FTE per PDU (NPF 2021 §5.1, Assumption A2). */
  readonly psoAllocation: readonly { readonly pdu: string; readonly yots: readonly string[]; readonly formulaPsoFte: number; readonly activePsoFte: number }[];
  readonly findings: FindingCounts;
  /** With --previous only. */
  readonly movement?: MovementFigures;
  /** With --previous and several regions: the movement of each region. */
  readonly movementByRegion?: readonly (MovementLists & { readonly region: string })[];
}

const lists = (m: MovementLists): MovementLists => ({
  secondments: { started: [...m.secondments.started], ended: [...m.secondments.ended], extended: [...m.secondments.extended] },
  vacancies: { opened: [...m.vacancies.opened], filled: [...m.vacancies.filled], closed: [...m.vacancies.closed], advanced: [...m.vacancies.advanced] },
  findings: { new: m.findings.new, resolved: m.findings.resolved, carried: m.findings.carried },
});

/**
 * The figures of a pack. `endingWithin6Months` counts active secondments whose
 * last day is on or before EDATE(asOf, packEndingWithinMonths) (6 under NPF 2021).
 * Management fees by YOT add up a YOT's lines across regions, if a YOT is named
 * in more than one workbook; names are matched with case and spacing ignored
 * (the pack already shows each YOT once, under the register's spelling).
 */
export function packFigures(model: PackModel, movement: Movement | null = null): PackFigures {
  // No prototype: a YOT called "__proto__" is a key like any other. Keys are names copied from the
  // workbooks, so they pass through the model's withholder like every other text. YOT names are
  // matched with case and spacing ignored and shown under the register's spelling.
  const byYot: Record<string, number> = Object.create(null) as Record<string, number>;
  const key = (name: string) => name.trim().replace(/\s+/g, ' ').toUpperCase();
  const shown = new Map<string, string>();
  for (const f of model.fees) if (!shown.has(key(f.yot))) shown.set(key(f.yot), f.yot);
  const yots = [...shown.values()].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0));
  for (const yot of yots) {
    const shownAs = model.scrub(yot);
    byYot[shownAs] = (byYot[shownAs] ?? 0) + model.fees.filter((f) => key(f.yot) === key(yot)).reduce((n, f) => n + f.fee, 0);
  }
  const [s1, s2, s3, s4, s5] = model.totals.byStage;
  return {
    asOf: formatIso(model.asOf),
    quarter: model.quarter,
    financialYear: model.financialYear,
    managementFees: { total: model.feeTotal, byYot },
    vacancies: { open: model.vacancies.length, byStage: { '1': s1, '2': s2, '3': s3, '4': s4, '5': s5 } },
    secondments: { active: model.secondments.length, endingWithin6Months: model.totals.exitsDue },
    allocation: model.allocations.map((a) => ({ yot: model.scrub(a.yot), formulaFte: a.formulaFte, activePoFte: a.activePoFte })),
    psoAllocation: model.psoAllocations.map((p) => ({ pdu: model.scrub(p.pdu), yots: p.yots, formulaPsoFte: p.formulaFte, activePsoFte: p.activePsoFte })),
    findings: { error: model.findingCounts.error, warning: model.findingCounts.warning, info: model.findingCounts.info },
    ...(movement === null
      ? {}
      : {
          movement: { previous: { asOf: formatIso(movement.previous.asOf), quarter: movement.previous.quarter }, ...lists(movement) },
          ...(model.regions.length > 1 ? { movementByRegion: movement.regions.map((r) => ({ region: r.region, ...lists(r) })) } : {}),
        }),
  };
}
