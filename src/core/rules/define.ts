/**
 * A rule is a module: its id, severity, citation, messages and check
 * (modelled on ESLint rules). A check never throws and never makes prose:
 * it reports a message id with facts, and the words are made from the facts
 * here, in one place.
 */
import type { Day } from '../dates';
import type { RulebookValues } from '../rulebook';
import type { Allocation, Dispute, Records, Secondment, TableName, Vacancy } from '../records/types';
import type { SecondmentTerm } from './term';

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** The order findings are read in, everywhere (the terminal, the task pane, the pack's Data quality sheet): errors first, then by table. */
export const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
export const TABLE_ORDER: Readonly<Record<string, number>> = { Board: 0, Secondments: 1, Vacancies: 2, Allocations: 3, Disputes: 4, Actions: 5 };

/** A framework document and section, e.g. { doc: 'NPF 2021', section: '§5.5 stage 4' }. */
export interface Citation {
  readonly doc: string;
  readonly section: string;
}

export type FactValue = string | number;
export type Facts = Readonly<Record<string, FactValue>>;

/** One breach of the framework, or one cell that could not be read. */
export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  /** The table ('Board' for board details); null for a workbook-level finding. */
  readonly table: TableName | 'Board' | null;
  /** The worksheet, where known. */
  readonly sheet: string | null;
  /** Sheet row as Excel numbers it; null for a table- or workbook-level finding. */
  readonly row: number | null;
  /** Column header as it appears in the workbook; null when the finding is about a whole row. */
  readonly column: string | null;
  /** A1 address of the offending cell (or the row's first cell), e.g. 'L14'; null when there is none. */
  readonly cell: string | null;
  /** The record's ID (the YOT name for allocation rules); null for workbook-level findings. */
  readonly key: string | null;
  readonly messageId: string;
  readonly data: Facts;
  /** Plain English: what was expected and what was found. */
  readonly message: string;
  /** 'NPF 2021 §5.5 stage 4' */
  readonly citation: string;
  /** Sheet column (1-based) of `cell`, for adapters that select it. */
  readonly col: number | null;
}

/** What every check may read: the as-of date, the rulebook and all the records. */
export interface RuleContext {
  readonly asOf: Day;
  readonly rulebook: RulebookValues;
  readonly records: Records;
  /** Active PO FTE per YOT on the as-of date (NPF 2021 §5.1), computed once per run. */
  readonly activePoFteByYot: ReadonlyMap<string, number>;
  /**
   * The term dates of the secondment being checked, worked out once and shared by
   * every secondment rule (NPF 2021 §5.4). Only meaningful inside a secondment
   * rule's check; read it there, never keep it.
   */
  readonly term: SecondmentTerm;
  /** A YOT's display name under the register's spelling (calc/identity yotNamer), made once per run. */
  readonly yotName: (yot: string) => string;
}

/**
 * Report a finding. `field` is the record field the finding is about (its
 * column is looked up from the table layout); omit it for a whole-row finding.
 */
export type Report<M extends string> = (messageId: M, facts: Facts, field?: string) => void;

interface RuleBase<M extends string> {
  readonly id: string;
  readonly severity: Severity;
  readonly citation: Citation;
  /**
   * One line for the Rules view and the README. A function of the rulebook when
   * it states a number, so the words follow the rulebook in force
   * ({@link describeRule}).
   */
  readonly description: string | ((rb: RulebookValues) => string);
  readonly messages: Readonly<Record<M, string>>;
  /** A different source for some messages (police secondments cite the YOT Police Review, say). */
  readonly messageCitations?: Readonly<Partial<Record<M, Citation>>>;
  /**
   * A different source by table: a data/* finding cites what the table's fields
   * serve (a register cell never cites the vacancy evidence trail, NPF 2021 §5.5 i).
   */
  readonly tableCitations?: Readonly<Partial<Record<TableName | 'Board', Citation>>>;
  /** A different source for one field's cells, keyed 'Table.field' (Filled by serves NPF 2021 §5.5 iv); ahead of tableCitations. */
  readonly fieldCitations?: Readonly<Record<string, Citation>>;
  /**
   * Fields the check reads whose invalid value (already reported under data/*)
   * means the check is skipped for the record (rules.md: "skipped by the rules
   * that would need the invalid value").
   */
  readonly needs?: readonly string[];
}

export interface SecondmentRule<M extends string = string> extends RuleBase<M> {
  readonly kind: 'secondment';
  check(record: Secondment, ctx: RuleContext, report: Report<M>): void;
}
export interface VacancyRule<M extends string = string> extends RuleBase<M> {
  readonly kind: 'vacancy';
  check(record: Vacancy, ctx: RuleContext, report: Report<M>): void;
}
export interface AllocationRule<M extends string = string> extends RuleBase<M> {
  readonly kind: 'allocation';
  check(record: Allocation, ctx: RuleContext, report: Report<M>): void;
}
export interface DisputeRule<M extends string = string> extends RuleBase<M> {
  readonly kind: 'dispute';
  check(record: Dispute, ctx: RuleContext, report: Report<M>): void;
}

/** Where a workbook-level finding is. */
export interface Place {
  readonly table: TableName | 'Board' | null;
  readonly row: number | null;
  /** Field key (looked up in the layout) or, for Board, the label. */
  readonly field?: string;
  readonly key: string | null;
}

/** A check over the whole workbook (board details, duplicate IDs across rows). */
export interface WorkbookRule<M extends string = string> extends RuleBase<M> {
  readonly kind: 'workbook';
  check(ctx: RuleContext, report: (messageId: M, facts: Facts, place: Place) => void): void;
}

/**
 * A rule whose findings are made while the cells are read (data/missing-field,
 * data/invalid-date, data/invalid-value): it has no check of its own.
 */
export interface ParseRule<M extends string = string> extends RuleBase<M> {
  readonly kind: 'parse';
}

export type Rule = SecondmentRule | VacancyRule | AllocationRule | DisputeRule | WorkbookRule | ParseRule;

/**
 * Identity, for type inference: the message ids a check may report are the
 * keys of its `messages`.
 */
export function defineRule<M extends string>(rule: SecondmentRule<M>): SecondmentRule<M>;
export function defineRule<M extends string>(rule: VacancyRule<M>): VacancyRule<M>;
export function defineRule<M extends string>(rule: AllocationRule<M>): AllocationRule<M>;
export function defineRule<M extends string>(rule: DisputeRule<M>): DisputeRule<M>;
export function defineRule<M extends string>(rule: WorkbookRule<M>): WorkbookRule<M>;
export function defineRule<M extends string>(rule: ParseRule<M>): ParseRule<M>;
export function defineRule(rule: Rule): Rule {
  return rule;
}

/** A rule's one-line description under a rulebook: every number in it is the rulebook's. */
export function describeRule(rule: Pick<Rule, 'description'>, rb: RulebookValues): string {
  return typeof rule.description === 'function' ? rule.description(rb) : rule.description;
}

/** "NPF 2021 §5.5 stage 4" */
export function citationText(c: Citation): string {
  return `${c.doc} ${c.section}`;
}

/**
 * Fill a message template: `{{name}}` is replaced by the fact of that name.
 * A missing fact is shown as "?" rather than throwing.
 */
export function formatMessage(template: string, facts: Facts): string {
  const parts = compiled(template);
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const v = facts[parts[i] as string];
    out += (v === undefined ? '?' : String(v)) + (parts[i + 1] as string);
  }
  return out;
}

/**
 * A template split once into text and fact names, alternating: 'Due {{due}}.' →
 * ['Due ', 'due', '.']. Messages are made for every finding on a national
 * register, so the template is not re-scanned each time.
 */
const templates = new Map<string, readonly string[]>();
function compiled(template: string): readonly string[] {
  let parts = templates.get(template);
  if (!parts) {
    parts = template.split(/\{\{(\w+)\}\}/);
    templates.set(template, parts);
  }
  return parts;
}
