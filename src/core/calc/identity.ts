/**
 * YOT (and PDU) names as one identity across a workbook: "ENFIELD  YJS" and
 * "Enfield YJS" are the same YOT (yotKey: trimmed, spaces collapsed, case
 * ignored), shown under the register's spelling: the first spelling in
 * Secondments, else in Vacancies, else in Allocations, else in Disputes.
 */
import type { Day } from '../dates';
import type { RulebookValues } from '../rulebook';
import type { Records, TableName } from '../records/types';
import { isActive } from './secondment';
import { psoFteForPdu, yotKey } from './allocation';

/** Where a YOT first appears, for findings about the YOT as a whole. */
export interface YotPlace {
  readonly name: string;
  readonly table: TableName;
  readonly row: number;
}

/**
 * Every YOT named anywhere in the workbook, by yotKey, with its display name and
 * the first row that names it (Secondments, Vacancies, Allocations, Disputes, in
 * that order of preference for the spelling).
 */
export function yotsOf(records: Records): ReadonlyMap<string, YotPlace> {
  // Asked for several times a run (the namer, the allocation rules, the pack): made once per set of records.
  const seen = yotsMade.get(records);
  if (seen && seen.sizes === sizesOf(records)) return seen.yots;
  const m = new Map<string, YotPlace>();
  const add = (table: TableName, list: readonly { yot: string | null; row: number }[]) => {
    for (const r of list) {
      if (r.yot === null || r.yot.trim() === '') continue;
      const k = yotKey(r.yot);
      if (!m.has(k)) m.set(k, { name: r.yot.trim().replace(/\s+/g, ' '), table, row: r.row });
    }
  };
  add('Secondments', records.secondments);
  add('Vacancies', records.vacancies);
  add('Allocations', records.allocations);
  add('Disputes', records.disputes);
  yotsMade.set(records, { sizes: sizesOf(records), yots: m });
  return m;
}
const yotsMade = new WeakMap<Records, { sizes: string; yots: ReadonlyMap<string, YotPlace> }>();
/** The tables' lengths: records are read once and never changed, but a length guards a reuse anyway. */
function sizesOf(r: Records): string {
  return `${r.secondments.length},${r.vacancies.length},${r.allocations.length},${r.disputes.length}`;
}

/** A function giving the display name of a YOT under the workbook's own spelling. */
export function yotNamer(records: Records): (yot: string) => string {
  const yots = yotsOf(records);
  // One namer per set of YOTs, so each run over the same records passes rules the same function (see runRules' reporters).
  let namer = namers.get(yots);
  if (!namer) {
    namer = (yot) => yots.get(yotKey(yot))?.name ?? yot;
    namers.set(yots, namer);
  }
  return namer;
}
const namers = new WeakMap<ReadonlyMap<string, YotPlace>, (yot: string) => string>();

/** The PSO resource of one PDU (NPF 2021 §5.1; Assumption A2). */
export interface PduPso {
  readonly pdu: string;
  /** The YOTs named with this PDU anywhere in the workbook (display names). */
  readonly yots: readonly string[];
  /** max(minimum per PDU, PSO FTE per YOT × YOTs). */
  readonly formulaFte: number;
  /** FTE of the PDU's active probation PSO secondments on the day. */
  readonly activePsoFte: number;
  /** The first row naming the PDU (an Allocations row where there is one), for findings. */
  readonly place: { readonly table: TableName; readonly row: number };
}

/**
 * PSO FTE by PDU: "0.3 FTE PSO per YOT" for court, office and group work, "a
 * minimum of 0.2 FTE per PDU" (NPF 2021 §5.1). Assumption A2 reads it as
 * `max(0.2, 0.3 × YOTs in the PDU)`. YOTs are counted once each, by yotKey.
 */
export function psoByPdu(records: Records, on: Day, rb: RulebookValues): PduPso[] {
  const pdus = new Map<string, { pdu: string; yots: Map<string, string>; active: number; place: { table: TableName; row: number } | null }>();
  const entry = (pdu: string | null) => {
    if (pdu === null || pdu.trim() === '') return null;
    const k = yotKey(pdu);
    let e = pdus.get(k);
    if (!e) pdus.set(k, (e = { pdu: pdu.trim().replace(/\s+/g, ' '), yots: new Map(), active: 0, place: null }));
    return e;
  };
  const names = yotNamer(records);
  for (const [table, list] of [['Allocations', records.allocations], ['Secondments', records.secondments], ['Vacancies', records.vacancies]] as const) {
    for (const r of list) {
      const e = entry(r.pdu);
      if (!e) continue;
      e.place ??= { table, row: r.row };
      if (r.yot !== null && r.yot.trim() !== '') e.yots.set(yotKey(r.yot), names(r.yot));
    }
  }
  for (const s of records.secondments) {
    if (s.scheme !== 'Probation' || s.role !== 'PSO' || s.fte === null || !isActive(s, on)) continue;
    const e = entry(s.pdu);
    if (e) e.active = Math.round((e.active + s.fte) * 1e9) / 1e9;
  }
  return [...pdus.values()]
    .filter((e) => e.yots.size > 0)
    .map((e) => ({ pdu: e.pdu, yots: [...e.yots.values()], formulaFte: psoFteForPdu(e.yots.size, rb), activePsoFte: e.active, place: e.place! }));
}
