/**
 * Checking a workbook in the task pane: the core's validation, with the as-of
 * date chosen exactly as `yot validate` chooses it (src/cli/common.ts
 * chooseAsOf). Loaded with import() on the first check (and fetched when the
 * page is idle), so the rules are not part of the task pane's first load. The
 * pane is an edge, so it passes "today" in; nothing here reads the clock.
 */
import type { Day } from '../core/dates';
import { readRecords } from '../core/records/read';
import type { ColumnMapping, RawWorkbook, Records } from '../core/records/types';
import { NPF_2021, type Rulebook } from '../core/rulebook';
import { validateRecords, type ValidationResult } from '../core/validate';
import { withholder } from '../core/privacy';

// The rulebook in force for a saved one: here, in the lazily loaded chunk, so its schema checks are not on the first load.
export { rulebookOfSaved } from '../core/rulebook/resolve';

export interface CheckOutcome {
  readonly result: ValidationResult;
  /** How the as-of date was chosen, in words: 'given', 'the Board sheet's As-of date' or 'today'. */
  readonly asOfHow: string;
  readonly source: string;
}

/** As-of for a check: as given, else the Board sheet's As-of date, else today (as `yot validate`). */
export function chooseCheckAsOf(given: Day | null, records: Records, today: Day): { asOf: Day; how: string } {
  if (given !== null) return { asOf: given, how: 'the date you gave' };
  if (records.board.asOf !== null) return { asOf: records.board.asOf, how: 'the As-of date on the Board sheet' };
  return { asOf: today, how: 'today' };
}

/** Check a workbook. Every finding is returned, errors first, as `yot validate` lists them. */
export function checkWorkbook(
  raw: RawWorkbook,
  options: { asOf: Day | null; today: Day; mapping?: ColumnMapping; rulebook?: Rulebook },
): CheckOutcome {
  const { records, findings } = readRecords(raw, options.mapping);
  const { asOf, how } = chooseCheckAsOf(options.asOf, records, options.today);
  const validated = validateRecords(records, findings, asOf, options.rulebook ?? NPF_2021);
  // As `yot validate`: a secondee's name copied into an ID or a quoted cell is withheld (NI numbers already are).
  const names = new Set<string>();
  for (const s of records.secondments) if (s.secondee && s.secondee.trim().length >= 2) names.add(s.secondee.trim());
  const scrub = withholder([...names]);
  const result: ValidationResult = names.size === 0
    ? validated
    : { ...validated, findings: validated.findings.map((f) => ({ ...f, message: scrub(f.message), key: f.key === null ? null : scrub(f.key) })) };
  return { result, asOfHow: how, source: raw.source };
}

