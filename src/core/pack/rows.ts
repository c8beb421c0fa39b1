/**
 * The machinery every sheet's model shares: the workbooks going into a pack,
 * indexed once (findings by row, YOT names under the register's spelling,
 * regions in order), where each row came from ({@link RowRef}), finding counts,
 * and the orders rows are sorted in. Pure: no clock, no files, no Excel.
 */
import { addDays, addMonths, quarterEnd, type Day } from '../dates';
import type { Rulebook, RulebookValues } from '../rulebook';
import { yotNamer } from '../calc/identity';
import type { Records, TableName } from '../records/types';
import type { Finding, Severity } from '../rules/define';
import { compareText } from '../records/region';
import { secondeeNames, withholder, type Withholder } from '../privacy';

/** One regional workbook going into a pack. */
export interface PackInput {
  /** The file name (or "this workbook"), for messages and the Cover. */
  readonly source: string;
  /** The region: the Board's Region, else the records' Region column, else the file name ({@link regionOf}). */
  readonly region: string;
  readonly records: Records;
  /** Every finding for the workbook on the pack's as-of date: read findings, rule findings and the cross-workbook duplicates (core/check.ts). */
  readonly findings: readonly Finding[];
}

export interface BuildPackOptions {
  readonly asOf: Day;
  /**
   * The YOGB meeting date. Omitted: the Board's meeting date, when every
   * workbook that gives one gives the same; null: none.
   */
  readonly meetingDate?: Day | null;
  readonly rulebook: Rulebook;
  /** Secondee names are personal data: they go into the pack only when asked for. */
  readonly includeNames: boolean;
  /**
   * The withholder for these inputs when the caller has one already (core/check.ts's validation makes the
   * same one: NI numbers always, the inputs' secondee names unless includeNames); omitted, it is made here.
   */
  readonly scrub?: Withholder;
}

/** Where a row came from. */
export interface RowRef {
  readonly region: string;
  readonly source: string;
  readonly table: TableName;
  readonly sheet: string | null;
  /** Sheet row, as Excel numbers it. */
  readonly row: number;
  /** The record's ID (the YOT name for an Allocations row). */
  readonly id: string | null;
}

export type FindingCounts = Readonly<Record<Severity, number>>;

/** Shown where a row has no YOT (a data/missing-field error is reported for it). */
export const NO_YOT = '(YOT not given)';

export const ZERO: FindingCounts = { error: 0, warning: 0, info: 0 };

export function addCounts(a: FindingCounts, b: FindingCounts): FindingCounts {
  return { error: a.error + b.error, warning: a.warning + b.warning, info: a.info + b.info };
}

export function countFindings(list: readonly { severity: Severity }[]): FindingCounts {
  const c = { error: 0, warning: 0, info: 0 };
  for (const f of list) c[f.severity]++;
  return c;
}

/** A data-quality finding (a cell that could not be read, a missing column, a duplicate ID), not a breach of the framework. */
export function isDataQuality(rule: string): boolean {
  return rule.startsWith('data/');
}

/** FTE sums without floating-point noise (0.1 + 0.2 is 0.3 here). */
export function roundFte(n: number): number {
  return Math.round(n * 1e9) / 1e9;
}

/** One workbook of the pack, indexed. */
export interface Indexed {
  readonly input: PackInput;
  readonly index: number;
  /** The YOT's name under the workbook's own spelling ("ENFIELD  YJS" and "Enfield YJS" are one YOT). */
  readonly yotName: (yot: string | null) => string;
  readonly findings: readonly Finding[];
  /** The findings about a row of a table ({@link findingsAt}), by table, then sheet row. */
  readonly byRow: Map<string, Map<number, Finding[]>>;
}

const NONE: readonly Finding[] = [];

/** The findings about one row of a table of an indexed workbook. */
export function findingsAt(x: Indexed, table: string, row: number): readonly Finding[] {
  return x.byRow.get(table)?.get(row) ?? NONE;
}

/** A text as compareText orders it, lower-cased once: for sorting many rows ({@link sortByKeys}). */
export interface TextKey {
  readonly lower: string;
  readonly text: string;
}

export function textKey(text: string | null): TextKey {
  const t = text ?? '';
  return { lower: t.toLowerCase(), text: t };
}

/** compareText on keys made by {@link textKey}. */
function compareKeys(a: TextKey, b: TextKey): number {
  if (a.lower !== b.lower) return a.lower < b.lower ? -1 : 1;
  return a.text < b.text ? -1 : a.text > b.text ? 1 : 0;
}

/**
 * Sort `list` in place by its items' keys in turn (a number by difference, a text as compareText
 * orders it), then `tieBreak`: the order of the comparator `a - b || compareText(…) || … || tieBreak`
 * (a NaN difference falls through to the next key, as `||` does), with each item's keys made once
 * rather than in every comparison (lower-casing in each comparison was most of a 100,000-row pack's sorting).
 */
export function sortByKeys<T>(list: T[], keys: (item: T) => readonly (number | TextKey)[], tieBreak: (a: T, b: T) => number): T[] {
  const decorated = list.map((item) => ({ item, k: keys(item) }));
  decorated.sort((a, b) => {
    for (let i = 0; i < a.k.length; i++) {
      const x = a.k[i]!;
      const y = b.k[i]!;
      const c = typeof x === 'number' ? x - (y as number) : compareKeys(x, y as TextKey);
      if (c) return c;
    }
    return tieBreak(a.item, b.item);
  });
  for (let i = 0; i < decorated.length; i++) list[i] = decorated[i]!.item;
  return list;
}

/** The workbooks indexed, and what every sheet's model reads from them. */
export interface PackRows {
  readonly inputs: readonly PackInput[];
  readonly indexed: readonly Indexed[];
  readonly asOf: Day;
  readonly rb: RulebookValues;
  readonly includeNames: boolean;
  /** Withholds personal data from text copied from the workbooks (../privacy). */
  readonly scrub: Withholder;
  /** EDATE(asOf, packEndingWithinMonths): secondments whose last day is on or before it are "ending". */
  readonly endingBy: Day;
  /** Reviews falling due on or before this day (the end of the next quarter) are "due". */
  readonly reviewsDueBy: Day;
  /** Regions in the order their first workbook was given. */
  readonly regionNames: readonly string[];
  readonly rowFindings: (x: Indexed, table: TableName, row: number) => FindingCounts;
  readonly ref: (x: Indexed, table: TableName, row: number, id: string | null) => RowRef;
  readonly regionIndex: (region: string) => number;
  /** Rows in region order (0 when the same region). */
  readonly byRegionThen: (a: RowRef, b: RowRef) => number;
  /** The last tie-break: workbook, table, sheet row. */
  readonly byPlace: (a: RowRef, b: RowRef) => number;
}

/** Index the workbooks of a pack once, for every sheet's model. */
export function indexRows(inputs: readonly PackInput[], options: BuildPackOptions): PackRows {
  const { asOf, rulebook, includeNames } = options;
  const rb = rulebook.values;
  const indexed: Indexed[] = inputs.map((input, index) => {
    const findings = input.findings;
    const byRow = new Map<string, Map<number, Finding[]>>();
    for (const f of findings) {
      if (f.table === null || f.row === null) continue;
      let rows = byRow.get(f.table);
      if (rows === undefined) byRow.set(f.table, (rows = new Map()));
      const list = rows.get(f.row);
      if (list) list.push(f);
      else rows.set(f.row, [f]);
    }
    const namer = yotNamer(input.records);
    // A register names a few hundred YOTs in 100,000 rows: each spelling is named once.
    const named = new Map<string, string>();
    const yotName = (yot: string | null): string => {
      if (yot === null) return NO_YOT;
      let n = named.get(yot);
      if (n === undefined) {
        n = yot.trim() === '' ? NO_YOT : namer(yot);
        named.set(yot, n);
      }
      return n;
    };
    return { input, index, findings, byRow, yotName };
  });
  const regionNames: string[] = [];
  for (const x of indexed) if (!regionNames.includes(x.input.region)) regionNames.push(x.input.region);
  const regionIndex = (r: string) => regionNames.indexOf(r);
  const scrub = options.scrub ?? withholder(includeNames ? [] : secondeeNames(inputs.map((i) => i.records)));
  return {
    inputs,
    indexed,
    asOf,
    rb,
    includeNames,
    scrub,
    endingBy: addMonths(asOf, rb.packEndingWithinMonths),
    // "Due" means due before the next quarter's pack: by the end of the quarter after as-of's.
    reviewsDueBy: quarterEnd(addDays(quarterEnd(asOf), 1)),
    regionNames,
    rowFindings: (x, table, row) => countFindings(findingsAt(x, table, row)),
    ref: (x, table, row, id) => ({ region: x.input.region, source: x.input.source, table, sheet: x.input.records.layouts[table]?.sheet ?? null, row, id }),
    regionIndex,
    byRegionThen: (a, b) => regionIndex(a.region) - regionIndex(b.region),
    byPlace: (a, b) => compareText(a.source, b.source) || compareText(a.table, b.table) || a.row - b.row,
  };
}
