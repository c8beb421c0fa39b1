/**
 * The Check view's findings, narrowed and grouped for a SPOC working through
 * many of them: by severity, by YOT or PDU, by words searched for, grouped by
 * severity or by YOT. No React here; the view (FindingsList) draws what this
 * returns.
 */
import type { Records, TableName } from '../core/records/types';
import type { Finding, Severity } from '../core/rules/define';
import { SEVERITIES } from '../core/rules/define';
import { locationOf } from './input-and-words';

/** The YOT and PDU a finding is about, where its record says. */
export interface Place {
  readonly yot: string | null;
  readonly pdu: string | null;
}

const NOWHERE: Place = { yot: null, pdu: null };

/** Each finding's YOT and PDU, from the record on its row (allocation findings are keyed by the YOT itself). */
export function placesOf(findings: readonly Finding[], records: Records): Map<Finding, Place> {
  const byRow = new Map<string, Place>();
  const add = (table: TableName, rows: readonly { row: number; yot: string | null; pdu?: string | null }[]) => {
    for (const r of rows) byRow.set(`${table}|${r.row}`, { yot: r.yot, pdu: r.pdu ?? null });
  };
  add('Secondments', records.secondments);
  add('Vacancies', records.vacancies);
  add('Allocations', records.allocations);
  add('Disputes', records.disputes);
  const out = new Map<Finding, Place>();
  for (const f of findings) {
    const fromRow = f.table !== null && f.table !== 'Board' && f.row !== null ? byRow.get(`${f.table}|${f.row}`) : undefined;
    out.set(f, fromRow ?? (f.table === 'Allocations' && f.key !== null ? { yot: f.key, pdu: null } : NOWHERE));
  }
  return out;
}

/** A YOT or PDU to narrow to: 'yot:Knowsley YJS', 'pdu:Merseyside', or '' for every one. */
export type PlaceFilter = string;

export interface FindingFilter {
  /** Severities shown; empty shows every severity. */
  readonly severities: ReadonlySet<Severity>;
  readonly place: PlaceFilter;
  /** Words that must all appear in the finding (message, rule, cell, ID, source), any case. */
  readonly search: string;
}

export const NO_FILTER: FindingFilter = { severities: new Set(), place: '', search: '' };

/** The YOTs and PDUs the findings mention, sorted, for the filter's choices. */
export function placeChoices(places: ReadonlyMap<Finding, Place>): { yots: string[]; pdus: string[] } {
  const yots = new Set<string>();
  const pdus = new Set<string>();
  for (const p of places.values()) {
    if (p.yot) yots.add(p.yot);
    if (p.pdu) pdus.add(p.pdu);
  }
  const sort = (s: Set<string>) => [...s].sort((a, b) => a.localeCompare(b, 'en-GB'));
  return { yots: sort(yots), pdus: sort(pdus) };
}

function searchText(f: Finding, p: Place): string {
  return [f.message, f.rule, f.citation, locationOf(f), f.key ?? '', p.yot ?? '', p.pdu ?? ''].join(' ').toLowerCase();
}

export function filterFindings(findings: readonly Finding[], places: ReadonlyMap<Finding, Place>, filter: FindingFilter): Finding[] {
  const words = filter.search.toLowerCase().split(/\s+/).filter((w) => w !== '');
  const [kind, name] = filter.place === '' ? ['', ''] : [filter.place.slice(0, 3), filter.place.slice(4)];
  return findings.filter((f) => {
    if (filter.severities.size > 0 && !filter.severities.has(f.severity)) return false;
    const p = places.get(f) ?? NOWHERE;
    if (kind === 'yot' && p.yot !== name) return false;
    if (kind === 'pdu' && p.pdu !== name) return false;
    if (words.length > 0) {
      const text = searchText(f, p);
      if (!words.every((w) => text.includes(w))) return false;
    }
    return true;
  });
}

export type GroupBy = 'severity' | 'yot';

export interface FindingGroup {
  /** Stable key: 'severity:error', 'yot:Knowsley YJS', 'yot:' (no YOT). */
  readonly key: string;
  readonly label: string;
  /** The group's severity when grouped by severity. */
  readonly severity: Severity | null;
  readonly findings: readonly Finding[];
}

/** Label of the group for findings with no YOT (the Board, a whole table or workbook). */
export const NO_YOT_LABEL = 'Not about one YOT';

/**
 * Groups in order: by severity (errors first), or by YOT (A to Z, findings with none last). The
 * findings keep the core's order within each group (core/validate.ts sortFindings: errors first),
 * so the view never sorts findings itself.
 */
export function groupFindings(findings: readonly Finding[], places: ReadonlyMap<Finding, Place>, by: GroupBy, severityLabel: (s: Severity) => string): FindingGroup[] {
  if (by === 'severity') {
    return SEVERITIES.map((s) => ({ key: `severity:${s}`, label: severityLabel(s), severity: s, findings: findings.filter((f) => f.severity === s) })).filter((g) => g.findings.length > 0);
  }
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const yot = places.get(f)?.yot ?? '';
    const list = groups.get(yot) ?? [];
    list.push(f);
    groups.set(yot, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b, 'en-GB')))
    .map(([yot, list]) => ({ key: `yot:${yot}`, label: yot === '' ? NO_YOT_LABEL : yot, severity: null, findings: list }));
}
