/**
 * Checking a workbook in the task pane: the core's check (src/core/check.ts),
 * the one `yot validate` calls, so the as-of date, the findings and their order
 * are the CLI's. This module only words the as-of choice for the pane. Loaded
 * with import() on the first check (and fetched once the first view is drawn and the page is idle), so the
 * rules are not part of the task pane's first load. The pane is an edge, so it
 * passes "today" in; nothing here reads the clock.
 */
import type { Day } from '../core/dates';
import { check, checkAsOf, readWorkbook, type AsOfChoice } from '../core/check';
import type { ColumnMapping, RawWorkbook, Records } from '../core/records/types';
import { NPF_2021, type Rulebook } from '../core/rulebook';
import type { ValidationResult } from '../core/validate';

// The rulebook in force for a saved one: here, in the lazily loaded chunk, so its schema checks are not on the first load.
export { rulebookOfSaved } from '../core/rulebook/resolve';

export interface CheckOutcome {
  readonly result: ValidationResult;
  /** How the as-of date was chosen, in words: 'the date you gave', 'the As-of date on the Board sheet' or 'today'. */
  readonly asOfHow: string;
  readonly source: string;
}

/** The core's as-of choice for a check, in the pane's words. */
export function checkAsOfHow(choice: AsOfChoice): string {
  return choice.basis === 'given' ? 'the date you gave' : choice.basis === 'board' ? 'the As-of date on the Board sheet' : 'today';
}

/** As-of for a check (the core's policy, as `yot validate`), with how it was chosen in words. */
export function chooseCheckAsOf(given: Day | null, records: Records, today: Day): { asOf: Day; how: string } {
  const choice = checkAsOf(given, [{ source: '', records, readFindings: [] }], today);
  return { asOf: choice.asOf, how: checkAsOfHow(choice) };
}

/** Check a workbook. Every finding is returned, errors first, as `yot validate` lists them, with names withheld. */
export function checkWorkbook(
  raw: RawWorkbook,
  options: { asOf: Day | null; today: Day; mapping?: ColumnMapping; rulebook?: Rulebook },
): CheckOutcome {
  const checked = check([readWorkbook(raw, options.mapping)], { asOf: options.asOf, today: options.today, rulebook: options.rulebook ?? NPF_2021 });
  return { result: checked.workbooks[0]!, asOfHow: checkAsOfHow(checked.asOf), source: raw.source };
}
