/**
 * Movement since the previous quarter: two quarters' regional workbooks
 * compared record by record. Pure: the edges read both quarters' workbooks,
 * validate each on its own as-of date and pass the results in.
 *
 * Records are matched by ID within a region (IDs and region names compared as
 * one identity whatever their case and spacing, as YOT names are: "Wirral YJS"
 * and " wirral  yjs" are the same). A record without an ID can't be matched and
 * is left out of the movement (its data/missing-field error says so).
 *
 * - secondments: `started` active now and not active last quarter; `ended`
 *   active last quarter and now ended or gone from the register; `extended`
 *   active in both with more extension months now (NPF 2021 §5.4).
 * - vacancies: `opened` open now and not open last quarter; `filled` open last
 *   quarter and now closed with a filled date; `closed` open last quarter and
 *   now gone or closed otherwise; `advanced` open in both, with a higher stage
 *   reached now (NPF 2021 §5.5).
 * - findings: matched by rule, table, record ID and column (cell where there is
 *   no ID): `new`, `resolved` and `carried` counts.
 */
import { fyQuarter, type Day } from '../../../dates';
import { isActive } from '../../../calc/secondment';
import { highestStageReached, isOpen } from '../../../calc/vacancy';
import type { Secondment, Vacancy } from '../../../records/types';
import type { Finding } from '../../../rules/define';
import type { PackInput } from '../../model';

/** One quarter's workbooks, each validated on that quarter's as-of date. */
export interface QuarterInputs {
  readonly asOf: Day;
  readonly inputs: readonly PackInput[];
}

export type SecondmentChange = 'started' | 'ended' | 'extended';
export type VacancyChange = 'opened' | 'filled' | 'closed' | 'advanced';

/** One record that moved, with what it was and what it is now. */
export interface MovementItem {
  readonly region: string;
  readonly table: 'Secondments' | 'Vacancies';
  readonly change: SecondmentChange | VacancyChange;
  /** The ID as the current workbook gives it (the previous one's, for a record now gone). */
  readonly id: string;
  readonly pdu: string | null;
  readonly yot: string | null;
  /** Extension years (extended) or highest stage reached (advanced) last quarter. */
  readonly before: number | null;
  /** The same now. */
  readonly after: number | null;
  /** Start (started), actual end (ended), vacant from (opened) or filled date (filled); null when the record is gone or the date is unknown. */
  readonly date: Day | null;
  /** Ended or closed because the record is no longer in the workbook. */
  readonly gone: boolean;
}

export interface FindingMovement {
  readonly new: number;
  readonly resolved: number;
  readonly carried: number;
}

export interface MovementLists {
  readonly secondments: { readonly started: readonly string[]; readonly ended: readonly string[]; readonly extended: readonly string[] };
  readonly vacancies: { readonly opened: readonly string[]; readonly filled: readonly string[]; readonly closed: readonly string[]; readonly advanced: readonly string[] };
  readonly findings: FindingMovement;
}

export interface RegionMovement extends MovementLists {
  readonly region: string;
}

export interface Movement extends MovementLists {
  readonly previous: { readonly asOf: Day; readonly quarter: string; readonly sources: readonly string[] };
  /** Every moved record, in region order, then secondments before vacancies, by change and ID. */
  readonly items: readonly MovementItem[];
  /** Per region, in the current pack's region order (regions with a previous-quarter workbook only). */
  readonly regions: readonly RegionMovement[];
  /** Regions with no workbook in the other quarter: not compared. */
  readonly unmatched: { readonly current: readonly string[]; readonly previous: readonly string[] };
}

/**
 * One identity for names and IDs: trimmed, inner spaces collapsed, case ignored.
 * @example identity(' wirral  yjs') === identity('Wirral YJS') //=> true
 */
export function identity(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toUpperCase();
}

const SECONDMENT_ORDER: readonly SecondmentChange[] = ['started', 'ended', 'extended'];
const VACANCY_ORDER: readonly VacancyChange[] = ['opened', 'filled', 'closed', 'advanced'];

/** Records by ID identity; the first of a duplicated ID wins (data/duplicate-id reports the rest). */
function byId<T extends { readonly id: string | null }>(list: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const r of list) {
    if (r.id === null || r.id.trim() === '') continue;
    const k = identity(r.id);
    if (!map.has(k)) map.set(k, r);
  }
  return map;
}

function stageReached(v: Vacancy, asOf: Day): number {
  return highestStageReached({ stageDates: v.stageDates.map((d) => (d !== null && d !== undefined && d <= asOf ? d : null)) });
}

function vacancyOpen(v: Vacancy, asOf: Day): boolean {
  // As the pack counts it: vacant from on or before as-of (or unknown) and no filled date by then.
  return isOpen(v, asOf);
}

/** A finding's identity across quarters: rows move, IDs and columns don't. */
function findingKey(f: Finding): string {
  const where = f.key !== null ? `id:${identity(f.key)}` : `cell:${f.cell ?? ''}`;
  return [f.rule, f.table ?? '', where, f.column === null ? '' : identity(f.column), f.key === null ? f.messageId : ''].join('\u0000');
}

function compareFindings(current: readonly Finding[], previous: readonly Finding[]): FindingMovement {
  const counts = (list: readonly Finding[]) => {
    const m = new Map<string, number>();
    for (const f of list) m.set(findingKey(f), (m.get(findingKey(f)) ?? 0) + 1);
    return m;
  };
  const now = counts(current);
  const before = counts(previous);
  let carried = 0;
  for (const [k, n] of now) carried += Math.min(n, before.get(k) ?? 0);
  return { new: current.length - carried, resolved: previous.length - carried, carried };
}

function compareRegion(region: string, current: QuarterInputs, previous: QuarterInputs, cur: readonly PackInput[], prev: readonly PackInput[]): { items: MovementItem[]; findings: FindingMovement } {
  const items: MovementItem[] = [];
  const allOf = <T>(list: readonly PackInput[], pick: (i: PackInput) => readonly T[]) => list.flatMap(pick);

  // --- Secondments --------------------------------------------------------------
  const sNow = byId<Secondment>(allOf(cur, (i) => i.records.secondments));
  const sBefore = byId<Secondment>(allOf(prev, (i) => i.records.secondments));
  const place = (r: { pdu: string | null; yot: string | null }) => ({ pdu: r.pdu, yot: r.yot });
  for (const [k, s] of sNow) {
    const was = sBefore.get(k);
    const activeNow = isActive(s, current.asOf);
    const activeBefore = was !== undefined && isActive(was, previous.asOf);
    if (activeNow && !activeBefore) {
      items.push({ region, table: 'Secondments', change: 'started', id: s.id!, ...place(s), before: null, after: null, date: s.start, gone: false });
    } else if (!activeNow && activeBefore) {
      items.push({ region, table: 'Secondments', change: 'ended', id: s.id!, ...place(s), before: null, after: null, date: s.actualEnd, gone: false });
    } else if (activeNow && activeBefore && s.extensionMonths > was.extensionMonths) {
      items.push({ region, table: 'Secondments', change: 'extended', id: s.id!, ...place(s), before: was.extensionMonths, after: s.extensionMonths, date: null, gone: false });
    }
  }
  for (const [k, was] of sBefore) {
    if (!sNow.has(k) && isActive(was, previous.asOf)) {
      items.push({ region, table: 'Secondments', change: 'ended', id: was.id!, ...place(was), before: null, after: null, date: null, gone: true });
    }
  }

  // --- Vacancies ----------------------------------------------------------------
  const vNow = byId<Vacancy>(allOf(cur, (i) => i.records.vacancies));
  const vBefore = byId<Vacancy>(allOf(prev, (i) => i.records.vacancies));
  for (const [k, v] of vNow) {
    const was = vBefore.get(k);
    const openNow = vacancyOpen(v, current.asOf);
    const openBefore = was !== undefined && vacancyOpen(was, previous.asOf);
    if (openNow && !openBefore) {
      items.push({ region, table: 'Vacancies', change: 'opened', id: v.id!, ...place(v), before: null, after: Math.max(1, stageReached(v, current.asOf)), date: v.vacantFrom, gone: false });
    } else if (!openNow && openBefore) {
      const filled = v.filledDate !== null && v.filledDate <= current.asOf;
      items.push({ region, table: 'Vacancies', change: filled ? 'filled' : 'closed', id: v.id!, ...place(v), before: null, after: null, date: filled ? v.filledDate : null, gone: false });
    } else if (openNow && openBefore) {
      const before = stageReached(was, previous.asOf);
      const after = stageReached(v, current.asOf);
      if (after > before) items.push({ region, table: 'Vacancies', change: 'advanced', id: v.id!, ...place(v), before: Math.max(1, before), after, date: null, gone: false });
    }
  }
  for (const [k, was] of vBefore) {
    if (!vNow.has(k) && vacancyOpen(was, previous.asOf)) {
      items.push({ region, table: 'Vacancies', change: 'closed', id: was.id!, ...place(was), before: null, after: null, date: null, gone: true });
    }
  }

  return { items, findings: compareFindings(allOf(cur, (i) => i.findings), allOf(prev, (i) => i.findings)) };
}

function order(item: MovementItem): number {
  return item.table === 'Secondments' ? SECONDMENT_ORDER.indexOf(item.change as SecondmentChange) : 10 + VACANCY_ORDER.indexOf(item.change as VacancyChange);
}

function lists(items: readonly MovementItem[], findings: FindingMovement): MovementLists {
  const ids = (table: MovementItem['table'], change: MovementItem['change']) => items.filter((i) => i.table === table && i.change === change).map((i) => i.id);
  return {
    secondments: { started: ids('Secondments', 'started'), ended: ids('Secondments', 'ended'), extended: ids('Secondments', 'extended') },
    vacancies: { opened: ids('Vacancies', 'opened'), filled: ids('Vacancies', 'filled'), closed: ids('Vacancies', 'closed'), advanced: ids('Vacancies', 'advanced') },
    findings,
  };
}

/**
 * Compare this quarter's workbooks with last quarter's, region by region (a
 * region is matched by name, as one identity). Deterministic: items are sorted
 * by region (this quarter's order), secondments then vacancies, change, then ID.
 */
export function compareQuarters(current: QuarterInputs, previous: QuarterInputs): Movement {
  const regionsNow: string[] = [];
  for (const i of current.inputs) if (!regionsNow.some((r) => identity(r) === identity(i.region))) regionsNow.push(i.region);
  const regionsBefore: string[] = [];
  for (const i of previous.inputs) if (!regionsBefore.some((r) => identity(r) === identity(i.region))) regionsBefore.push(i.region);

  const items: MovementItem[] = [];
  const regions: RegionMovement[] = [];
  const total = { new: 0, resolved: 0, carried: 0 };
  for (const region of regionsNow) {
    const prev = previous.inputs.filter((i) => identity(i.region) === identity(region));
    if (prev.length === 0) continue;
    const cur = current.inputs.filter((i) => identity(i.region) === identity(region));
    const r = compareRegion(region, current, previous, cur, prev);
    r.items.sort((a, b) => order(a) - order(b) || (identity(a.id) < identity(b.id) ? -1 : identity(a.id) > identity(b.id) ? 1 : 0));
    items.push(...r.items);
    regions.push({ region, ...lists(r.items, r.findings) });
    total.new += r.findings.new;
    total.resolved += r.findings.resolved;
    total.carried += r.findings.carried;
  }
  return {
    previous: { asOf: previous.asOf, quarter: fyQuarter(previous.asOf), sources: previous.inputs.map((i) => i.source) },
    ...lists(items, total),
    items,
    regions,
    unmatched: {
      current: regionsNow.filter((r) => !regionsBefore.some((p) => identity(p) === identity(r))),
      previous: regionsBefore.filter((p) => !regionsNow.some((r) => identity(p) === identity(r))),
    },
  };
}
