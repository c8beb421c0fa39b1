/**
 * A rule is a module: its id, severity, citation, messages and check
 * (modelled on ESLint rules). A check never throws and never makes prose:
 * it reports a message id with typed facts (a day, an amount, a count), and
 * the words are made from the facts here, in one place (formatMessage, with
 * the words of ../words.ts).
 */
import type { Day } from '../dates';
import { ByDay } from '../util/by-day';
import { andList, formatPounds, fteText, plural, uk, yearsAndMonths } from '../words';
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

/**
 * What a check reports about a finding, typed so that the words are made in one
 * place (formatMessage): text and plain numbers are shown as they are; a day,
 * an amount and a count are made with their kind's words.
 */
export type FactValue =
  /** Text shown as it is: a YOT name, a value quoted from the workbook. */
  | string
  /** A number shown as it is: a band, an FTE, a stage, a row. */
  | number
  /** A calendar day, shown dd/mm/yyyy. */
  | { readonly kind: 'day'; readonly day: Day }
  /** An amount in pounds, shown '£6,200' (pence only when there are any). */
  | { readonly kind: 'pounds'; readonly pounds: number }
  /** A count with its noun: '1 month', '28 days'. */
  | { readonly kind: 'count'; readonly n: number; readonly one: string; readonly many?: string }
  /** A number of months in years and months: '1 year 6 months', 'none'. */
  | { readonly kind: 'duration'; readonly months: number }
  /** Full-time equivalent, to three places: 0.4, 1.125. */
  | { readonly kind: 'fte'; readonly fte: number }
  /** A part of a sentence with facts of its own, from a template the rule declares; '' when the part is left out. */
  | { readonly kind: 'phrase'; readonly template: string; readonly facts: Facts }
  /** Facts in a sentence: 'a, b and c'. */
  | { readonly kind: 'list'; readonly items: readonly FactValue[] };
export type Facts = Readonly<Record<string, FactValue>>;

/*
 * Facts are data nobody changes (every type above is readonly), and a register's
 * findings quote the same few thousand days and the same small counts over and over
 * (30,000 vacancies give ~24,000 "YOT not informed" findings, each with four days and
 * two counts). A day and a plain count are therefore made once and shared between the
 * findings that quote them: the same values, fewer objects for every finding to keep.
 */
/** How many shared counts of one noun are kept before starting again (a guard; a register uses far fewer). */
const SHARED_FACTS = 65_536;
const dayFacts = new ByDay<FactValue>();
/** A calendar day, shown dd/mm/yyyy. */
export const day = (d: Day): FactValue => {
  let f = dayFacts.get(d);
  if (f === undefined) {
    f = { kind: 'day', day: d };
    dayFacts.set(d, f);
  }
  return f;
};
const countFacts = new Map<string, Map<number, FactValue>>();
/** count(n, one) shared, as day is. */
function sharedCount(n: number, one: string): FactValue {
  let byN = countFacts.get(one);
  if (byN === undefined) countFacts.set(one, (byN = new Map()));
  let f = byN.get(n);
  if (f === undefined) {
    if (byN.size >= SHARED_FACTS) byN.clear();
    byN.set(n, (f = { kind: 'count', n, one }));
  }
  return f;
}
/** An amount in pounds: '£6,200', '£6,200.50'. */
export const pounds = (amount: number): FactValue => ({ kind: 'pounds', pounds: amount });
/** A count with its noun: count(3, 'day') → '3 days'. */
export const count = (n: number, one: string, many?: string): FactValue => (many === undefined ? sharedCount(n, one) : { kind: 'count', n, one, many });
/** A number of months: '1 month', '6 months'. */
export const months = (n: number): FactValue => count(n, 'month');
/** A number of days: '1 day', '28 days'. */
export const days = (n: number): FactValue => count(n, 'day');
/** A number of months in years and months: duration(18) → '1 year 6 months'. */
export const duration = (n: number): FactValue => ({ kind: 'duration', months: n });
/** Full-time equivalent, to three places: fte(0.41666) → '0.417'. */
export const fte = (n: number): FactValue => ({ kind: 'fte', fte: n });
/** A part of a sentence made from a template the rule declares and facts of its own. */
export const phrase = (template: string, facts: Facts = {}): FactValue => ({ kind: 'phrase', template, facts });
/** Facts joined as a sentence joins them: 'a, b and c'. */
export const list = (items: readonly FactValue[]): FactValue => ({ kind: 'list', items });

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
   * means the check is skipped for the record (docs/rules.md: "skipped by the rules
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
 * Fill a message template: `{{name}}` is replaced by the words for the fact of
 * that name. A missing fact is shown as "?" rather than throwing.
 */
export function formatMessage(template: string, facts: Facts): string {
  const parts = compiled(template);
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const v = facts[parts[i] as string];
    out += (v === undefined ? '?' : factText(v)) + (parts[i + 1] as string);
  }
  return out;
}

/** The words for one fact. */
export function factText(v: FactValue): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  switch (v.kind) {
    case 'day':
      return uk(v.day);
    case 'pounds':
      return formatPounds(v.pounds);
    case 'count':
      return plural(v.n, v.one, v.many);
    case 'duration':
      return yearsAndMonths(v.months);
    case 'fte':
      return fteText(v.fte);
    case 'phrase':
      return formatMessage(v.template, v.facts);
    case 'list':
      return andList(v.items.map(factText));
  }
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
