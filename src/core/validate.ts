/**
 * Validation: records in, findings out. Pure: the as-of date and rulebook are
 * passed in, nothing reads the clock or a file.
 */
import type { Day } from './dates';
import type { Rulebook, RulebookValues } from './rulebook';
import { NPF_2021 } from './rulebook';
import { isActive } from './calc/secondment';
import { yotKey } from './calc/allocation';
import { yotNamer } from './calc/identity';
import { readRecords } from './records/read';
import type { Allocation, BoardField, ColumnMapping, RawWorkbook, Records, Secondment, TableName } from './records/types';
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

/** A per-record check as the engine calls it (each kind's rules joined to that kind's records by defineRule). */
type RecordCheck = Rule & { check(r: RecordLike, c: RuleContext, rep: Reporter): void };
type Reporter = (messageId: string, facts: Facts, field?: string) => void;
interface RecordLike {
  readonly row: number;
  readonly invalid: ReadonlySet<string>;
}

/**
 * What a per-record rule's reporter needs to place a finding: the run's findings, the
 * table being checked and the record being checked (set before each check).
 */
interface TableRun {
  findings: Finding[];
  table: TableName;
  sheet: string | null;
  columns: Readonly<Record<string, { readonly col: number; readonly header: string }>> | undefined;
  rowCol: number | null;
  current: RecordLike;
  key: string | null;
}

/**
 * The table run under way. Validation is synchronous, so one at a time is enough (a run
 * inside a run would put the outer one back when done); it is what lets each rule keep
 * one reporter for every run (below).
 */
let tableRun: TableRun | null = null;

/**
 * Each rule's reporter, made once for the life of the rule rather than once per run:
 * a rule check calls its reporter, and the JIT ties compiled code to the function it
 * calls; a fresh function each run made every check's compiled code out of date once
 * the last run's functions were collected (repeated runs, such as the task pane's
 * Check button or the benchmark, recompiled every rule each time).
 */
const reporters = new WeakMap<Rule, Reporter>();
function reporterOf(rule: Rule): Reporter {
  let rep = reporters.get(rule);
  if (!rep) {
    rep = (messageId, facts, field) => {
      const t = tableRun!;
      const c = field !== undefined ? t.columns?.[field] : undefined;
      t.findings.push(findingAt(rule, messageId, facts, t.table, t.sheet, t.current.row, c?.col ?? t.rowCol, c?.header ?? null, t.key, field));
    };
    reporters.set(rule, rep);
  }
  return rep;
}

/** Every record of one table through the table's rules, in row order, then rule order. */
function runTable(
  run: TableRun,
  list: readonly RecordLike[],
  rules: readonly RecordCheck[],
  ctx: RuleContext,
  keyOf: (r: RecordLike, ctx: RuleContext) => string | null,
  term: TermDates | null,
): void {
  const n = rules.length;
  if (n === 0) return;
  const reps = rules.map(reporterOf);
  const needs = rules.map((rule) => rule.needs ?? []);
  // Put back whatever run was under way, should a check ever run rules of its own.
  const outer = tableRun;
  tableRun = run;
  try {
    for (let k = 0; k < list.length; k++) {
      const r = list[k]!;
      run.current = r;
      run.key = keyOf(r, ctx);
      // Each secondment's term dates are worked out once, when first asked for, and shared by its rules.
      if (term !== null) term.reset(r as Secondment);
      const invalid = r.invalid;
      const anyInvalid = invalid.size > 0;
      for (let i = 0; i < n; i++) {
        if (anyInvalid && needsInvalid(needs[i]!, invalid)) continue;
        rules[i]!.check(r, ctx, reps[i]!);
      }
    }
  } finally {
    tableRun = outer;
    term?.release();
  }
}

/**
 * One TermDates per rulebook for the life of the program, pointed at each secondment in
 * turn: a fresh one per run was, like a fresh reporter, a new object the JIT's compiled
 * secondment rules were tied to, so each run recompiled them (3× the time of a repeated
 * run of 10,000 rows). Runs are synchronous, so they never share it at once.
 */
const termDates = new WeakMap<RulebookValues, TermDates>();
function termDatesFor(rb: RulebookValues): TermDates {
  // A run inside a run (none today) gets its own, so it never moves the outer run's secondment.
  if (runDepth > 0) return new TermDates(rb);
  let t = termDates.get(rb);
  if (!t) termDates.set(rb, (t = new TermDates(rb)));
  return t;
}
let runDepth = 0;

const idOf = (r: RecordLike): string | null => (r as unknown as { readonly id: string | null }).id;
// An Allocations row is keyed by its YOT under the register's spelling, as every YOT-level finding is.
const yotOf = (r: RecordLike, ctx: RuleContext): string | null => {
  const yot = (r as Allocation).yot;
  return yot === null ? null : ctx.yotName(yot);
};

/** Run every rule (or the given ones) over parsed records. */
export function runRules(records: Records, asOf: Day, rulebook: Rulebook = NPF_2021, rules: readonly Rule[] = RULES): Finding[] {
  const term = termDatesFor(rulebook.values);
  runDepth++;
  try {
    return checkAll(records, asOf, rulebook, rules, term);
  } finally {
    runDepth--;
  }
}

function checkAll(records: Records, asOf: Day, rulebook: Rulebook, rules: readonly Rule[], term: TermDates): Finding[] {
  const findings: Finding[] = [];
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

  const perRecord = (table: TableName, list: readonly RecordLike[], kind: Rule['kind'], keyOf: (r: RecordLike, ctx: RuleContext) => string | null, withTerm: boolean): void => {
    // The cast only joins each kind's rules to that kind's records; kinds are checked by defineRule.
    const kindRules = rules.filter((r) => r.kind === kind) as unknown as RecordCheck[];
    if (kindRules.length === 0 || list.length === 0) return;
    const layout = layouts[table];
    const run: TableRun = { findings, table, sheet: layout?.sheet ?? null, columns: layout?.columns, rowCol: tableFirstCol[table] ?? null, current: list[0]!, key: null };
    runTable(run, list, kindRules, ctx, keyOf, withTerm ? term : null);
  };
  perRecord('Secondments', records.secondments, 'secondment', idOf, true);
  perRecord('Vacancies', records.vacancies, 'vacancy', idOf, false);
  perRecord('Allocations', records.allocations, 'allocation', yotOf, false);
  perRecord('Disputes', records.disputes, 'dispute', idOf, false);

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
