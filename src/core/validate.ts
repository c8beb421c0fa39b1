/**
 * Validation: records in, findings out. Pure: the as-of date and rulebook are
 * passed in, nothing reads the clock or a file.
 */
import type { Day } from './dates';
import type { Rulebook } from './rulebook';
import { NPF_2021 } from './rulebook';
import { isActive } from './calc/secondment';
import { yotKey } from './calc/allocation';
import { yotNamer } from './calc/identity';
import { readRecords } from './records/read';
import type { BoardField, ColumnMapping, RawWorkbook, Records, Secondment, TableName } from './records/types';
import { SEVERITIES, SEVERITY_ORDER, TABLE_ORDER, type Facts, type Finding, type Place, type Rule, type RuleContext, type Severity } from './rules/define';
import { findingAt, makeFinding, type Location } from './rules/finding';
import { TermDates } from './rules/term';
import { RULES } from './rules/index';

export interface ValidationResult {
  readonly asOf: Day;
  readonly rulebook: Rulebook;
  readonly records: Records;
  readonly findings: readonly Finding[];
  readonly summary: Readonly<Record<Severity, number>>;
}

/** Active PO FTE per YOT (keyed by yotKey) on a day (NPF 2021 §5.1): Probation PO secondments only. */
export function activePoFteByYot(records: Records, on: Day): Map<string, number> {
  const m = new Map<string, number>();
  for (const s of records.secondments) {
    if (s.scheme !== 'Probation' || s.role !== 'PO' || s.yot === null || s.fte === null) continue;
    if (!isActive(s, on)) continue;
    const k = yotKey(s.yot);
    m.set(k, Math.round(((m.get(k) ?? 0) + s.fte) * 1e9) / 1e9);
  }
  return m;
}

/** Run every rule (or the given ones) over parsed records. */
export function runRules(records: Records, asOf: Day, rulebook: Rulebook = NPF_2021, rules: readonly Rule[] = RULES): Finding[] {
  const findings: Finding[] = [];
  const term = new TermDates(rulebook.values);
  const yotName = yotNamer(records);
  const ctx: RuleContext = { asOf, rulebook: rulebook.values, records, activePoFteByYot: activePoFteByYot(records, asOf), term, yotName };
  const layouts = records.layouts;
  const firstCol = (t: TableName): number | null => {
    const l = layouts[t];
    if (!l) return null;
    let min = Infinity;
    for (const c of Object.values(l.columns)) if (c.col < min) min = c.col;
    return min === Infinity ? null : min;
  };
  const tableFirstCol: Partial<Record<TableName, number | null>> = {};
  for (const t of ['Secondments', 'Vacancies', 'Allocations', 'Disputes', 'Actions'] as const) tableFirstCol[t] = firstCol(t);
  /** A finding about a field points at its cell; about a whole row (or a field with no column), at the row's first cell. */
  const locate = (table: TableName, row: number, field: string | undefined, key: string | null): Location => {
    const layout = layouts[table];
    const c = field !== undefined ? layout?.columns[field] : undefined;
    return { table, sheet: layout?.sheet ?? null, row, col: c?.col ?? tableFirstCol[table] ?? null, header: c?.header ?? null, key };
  };

  const runPerRecord = <R extends { row: number; invalid: ReadonlySet<string> }>(
    table: TableName,
    list: readonly R[],
    kindRules: readonly (Rule & { check(r: R, c: RuleContext, rep: (id: string, f: Facts, field?: string) => void): void })[],
    keyOf: (r: R) => string | null,
    before?: (r: R) => void,
  ): void => {
    if (kindRules.length === 0) return;
    // One reporter per rule, made once: the record it reports on is set before each check, so
    // no closure is allocated per record (validation runs at a million rows a second).
    let current: R = list[0]!;
    const layout = layouts[table];
    const sheet = layout?.sheet ?? null;
    const rowCol = tableFirstCol[table] ?? null;
    const reporters = kindRules.map((rule) => (messageId: string, facts: Facts, field?: string) => {
      const c = field !== undefined ? layout?.columns[field] : undefined;
      findings.push(findingAt(rule, messageId, facts, table, sheet, current.row, c?.col ?? rowCol, c?.header ?? null, keyOf(current), field));
    });
    const needs = kindRules.map((rule) => rule.needs ?? []);
    const n = kindRules.length;
    for (let k = 0; k < list.length; k++) {
      const r = list[k]!;
      current = r;
      before?.(r);
      const invalid = r.invalid;
      const anyInvalid = invalid.size > 0;
      for (let i = 0; i < n; i++) {
        if (anyInvalid && needsInvalid(needs[i]!, invalid)) continue;
        kindRules[i]!.check(r, ctx, reporters[i]!);
      }
    }
  };

  type AnyCheck = Rule & { check(r: never, c: RuleContext, rep: never): void };
  const of = (kind: Rule['kind']) => rules.filter((r) => r.kind === kind) as unknown as AnyCheck[];
  // The casts above and below only join each kind's rules to that kind's records; kinds are checked by defineRule.
  // Each secondment's term dates are worked out once, when first asked for, and shared by its rules.
  runPerRecord('Secondments', records.secondments, of('secondment') as never, (r) => r.id, (s: Secondment) => term.reset(s));
  runPerRecord('Vacancies', records.vacancies, of('vacancy') as never, (r) => r.id);
  // An Allocations row is keyed by its YOT under the register's spelling, as every YOT-level finding is.
  runPerRecord('Allocations', records.allocations, of('allocation') as never, (r) => (r.yot === null ? null : yotName(r.yot)));
  runPerRecord('Disputes', records.disputes, of('dispute') as never, (r) => r.id);

  for (const rule of rules) {
    if (rule.kind !== 'workbook') continue;
    rule.check(ctx, (messageId: string, facts: Facts, place: Place) => {
      let at: Location;
      if (place.table === 'Board') {
        const c = place.field !== undefined ? records.board.cells[place.field as BoardField] : undefined;
        at = { table: 'Board', sheet: c ? 'Board' : null, row: c?.row ?? null, col: c?.col ?? null, header: c?.label ?? null, key: null };
      } else if (place.table !== null && place.row !== null) {
        at = locate(place.table, place.row, place.field, place.key);
      } else {
        at = { table: place.table, sheet: place.table ? (layouts[place.table]?.sheet ?? null) : null, row: null, col: null, header: null, key: place.key };
      }
      findings.push(makeFinding(rule, messageId, facts, at));
    });
  }
  return findings;
}

/** Whether a rule needs any field the record could not read (docs/rules.md: such rules are skipped). */
function needsInvalid(needs: readonly string[], invalid: ReadonlySet<string>): boolean {
  for (let i = 0; i < needs.length; i++) if (invalid.has(needs[i]!)) return true;
  return false;
}


/** Severity, then table, then row, then rule id: the order people read findings in. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (TABLE_ORDER[a.table ?? ''] ?? -1) - (TABLE_ORDER[b.table ?? ''] ?? -1) ||
      (a.row ?? 0) - (b.row ?? 0) ||
      (a.col ?? 0) - (b.col ?? 0) ||
      a.rule.localeCompare(b.rule),
  );
}

export function summarise(findings: readonly Finding[]): Record<Severity, number> {
  const s: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) s[f.severity]++;
  return s;
}

export interface ValidateOptions {
  readonly asOf: Day;
  readonly rulebook?: Rulebook;
  readonly mapping?: ColumnMapping;
}

/** Read and check a whole workbook: every data/* finding met while reading, then every rule. */
export function validateWorkbook(raw: RawWorkbook, options: ValidateOptions): ValidationResult {
  const rulebook = options.rulebook ?? NPF_2021;
  const { records, findings: readFindings } = readRecords(raw, options.mapping);
  const findings = sortFindings([...readFindings, ...runRules(records, options.asOf, rulebook)]);
  return { asOf: options.asOf, rulebook, records, findings, summary: summarise(findings) };
}

/** Validate records already read (the pack and the taskpane reuse one parse). */
export function validateRecords(records: Records, readFindings: readonly Finding[], asOf: Day, rulebook: Rulebook = NPF_2021): ValidationResult {
  const findings = sortFindings([...readFindings, ...runRules(records, asOf, rulebook)]);
  return { asOf, rulebook, records, findings, summary: summarise(findings) };
}

export { SEVERITIES };
