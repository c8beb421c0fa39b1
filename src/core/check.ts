/**
 * One entry point for checking: workbooks in, the as-of date and every
 * finding out. The CLI (`yot validate`) and the task pane call this and only
 * read files and show results; the as-of policy, the cross-workbook duplicate
 * rule, finding order and name withholding all live here. Pure: `today` is
 * passed in by the edge.
 */
import { addDays, addMonths, lastCompleteQuarterEnd, type Day } from './dates';
import { readRecords } from './records/read';
import type { ColumnMapping, RawWorkbook, Records } from './records/types';
import type { Rulebook } from './rulebook';
import type { Finding } from './rules/define';
import { settled } from './rules/finding';
import { crossWorkbookDuplicates } from './rules/data/duplicate-across-workbooks';
import { regionOf } from './records/region';
import { secondeeNames, withholder, type Withholder } from './privacy';
import { sortFindings, summarise, runRules, type ValidationResult } from './validate';

/** A workbook read into records: its source (file name, or "this workbook"), records and the data/* findings met reading it. */
export interface Workbook {
  readonly source: string;
  readonly records: Records;
  readonly readFindings: readonly Finding[];
}

/** Read a raw workbook into records (the edges read the file; this parses it). */
export function readWorkbook(raw: RawWorkbook, mapping?: ColumnMapping): Workbook {
  const { records, findings } = readRecords(raw, mapping);
  return { source: raw.source, records, readFindings: findings };
}

/**
 * How the as-of date was chosen: 'given' by the user, from the Board sheet's
 * As-of date (`board`, the latest when several workbooks give one), or from
 * `today`. Each edge words it for its users.
 */
export interface AsOfChoice {
  readonly asOf: Day;
  readonly basis: 'given' | 'board' | 'today';
  /** The Board As-of date the choice came from (basis 'board'), else null. */
  readonly board: Day | null;
}

function latestBoardAsOf(workbooks: readonly Workbook[]): Day | null {
  const boards = workbooks.map((w) => w.records.board.asOf).filter((d): d is Day => d !== null);
  return boards.length > 0 ? Math.max(...boards) : null;
}

/** As-of for a check: as given, else the (latest) Board sheet's As-of date, else today. */
export function checkAsOf(given: Day | null | undefined, workbooks: readonly Workbook[], today: Day): AsOfChoice {
  if (given !== null && given !== undefined) return { asOf: given, basis: 'given', board: null };
  const board = latestBoardAsOf(workbooks);
  if (board !== null) return { asOf: board, basis: 'board', board };
  return { asOf: today, basis: 'today', board: null };
}

/**
 * As-of for a pack: as given; else the end of the last complete quarter on or
 * before the Board As-of date (the latest, when several workbooks give one: the
 * pack reports one quarter); else the end of the last quarter completed before
 * today (today itself is not over yet).
 */
export function packAsOf(given: Day | null | undefined, workbooks: readonly Workbook[], today: Day): AsOfChoice {
  if (given !== null && given !== undefined) return { asOf: given, basis: 'given', board: null };
  const board = latestBoardAsOf(workbooks);
  if (board !== null) return { asOf: lastCompleteQuarterEnd(board), basis: 'board', board };
  return { asOf: lastCompleteQuarterEnd(addDays(today, -1)), basis: 'today', board: null };
}

/**
 * Last quarter's as-of, for a pack's --previous workbooks: the end of the last
 * complete quarter on or before their (latest) Board As-of date; without one,
 * the quarter before this pack's.
 */
export function previousAsOf(previous: readonly Workbook[], asOf: Day): Day {
  const board = latestBoardAsOf(previous);
  return board !== null ? lastCompleteQuarterEnd(board) : lastCompleteQuarterEnd(addMonths(asOf, -3));
}

/** One workbook's check: its region and every finding, in reading order (severity, table, row). */
export interface CheckedWorkbook extends ValidationResult {
  readonly source: string;
  readonly region: string;
}

export interface CheckResult {
  readonly asOf: AsOfChoice;
  /** One per workbook, in the order given. Findings have secondee names and NI numbers withheld. */
  readonly workbooks: readonly CheckedWorkbook[];
  /** Withholds the workbooks' secondee names and any NI number from other text taken from a workbook (IDs, file names). */
  readonly scrub: Withholder;
}

/**
 * Validate workbooks on one as-of date: every data/* finding met reading them,
 * every rule, and (for more than one) the IDs found in two workbooks
 * (data/duplicate-across-workbooks). Names are withheld unless `names` is true.
 */
export function validateWorkbooks(workbooks: readonly Workbook[], asOf: Day, rulebook: Rulebook, names = false): { workbooks: CheckedWorkbook[]; scrub: Withholder } {
  const withRegion = workbooks.map((w) => ({ ...w, region: regionOf(w.records, w.source) }));
  const duplicates = crossWorkbookDuplicates(withRegion);
  const scrub = withholder(names ? [] : secondeeNames(workbooks.map((w) => w.records)));
  const checked = withRegion.map((w, i) => {
    const sorted = sortFindings([...w.readFindings, ...runRules(w.records, asOf, rulebook), ...duplicates[i]!]);
    // Each finding's words made once here and kept (the engine makes them when read), names withheld unless asked for.
    const findings = sorted.map((f) => (names ? settled(f, f.message, f.key) : settled(f, scrub(f.message), f.key === null ? null : scrub(f.key))));
    return { source: w.source, region: w.region, asOf, rulebook, records: w.records, findings, summary: summarise(findings) };
  });
  return { workbooks: checked, scrub };
}

export interface CheckOptions {
  /** The as-of date the user gave; omitted or null, {@link checkAsOf} chooses. */
  readonly asOf?: Day | null;
  /** Today on the edge's clock (the core reads none). */
  readonly today: Day;
  readonly rulebook: Rulebook;
}

/** Check workbooks: the as-of date chosen once, then every finding for each workbook. */
export function check(workbooks: readonly Workbook[], options: CheckOptions): CheckResult {
  const asOf = checkAsOf(options.asOf, workbooks, options.today);
  const { workbooks: checked, scrub } = validateWorkbooks(workbooks, asOf.asOf, options.rulebook);
  return { asOf, workbooks: checked, scrub };
}
