/**
 * The pack's side of the task pane's work, without React or Office.js: the
 * core's makePack (src/core/make-pack.ts), the one `yot pack` calls, so the
 * as-of date, findings and figures are the CLI's. This module only words the
 * as-of choice and names the download. Loaded with import() when a pack is
 * built, so the pack's code is not part of the task pane's first load.
 */
import { formatUk, type Day } from '../core/dates';
import { packAsOf, readWorkbook, type AsOfChoice } from '../core/check';
import { makePack } from '../core/make-pack';
import type { PackModel } from '../core/pack/model';
import type { PackDocument } from '../core/pack/layout';
import type { ColumnMapping, RawWorkbook, Records } from '../core/records/types';
import { NPF_2021, type Rulebook } from '../core/rulebook';
import { UserFacingError } from '../adapters/host';

/** The core's as-of choice for a pack, in the pane's words. */
export function packAsOfHow(choice: AsOfChoice): string {
  if (choice.basis === 'given') return 'the date you gave';
  if (choice.basis === 'board') return `the end of the last complete quarter on or before the Board sheet's As-of date, ${formatUk(choice.board!)}`;
  return 'the end of the last complete quarter before today';
}

/** As-of for a pack (the core's policy, as `yot pack`), with how it was chosen in words. */
export function choosePackAsOf(given: Day | null, records: Records, today: Day): { asOf: Day; how: string } {
  const choice = packAsOf(given, [{ source: '', records, readFindings: [] }], today);
  return { asOf: choice.asOf, how: packAsOfHow(choice) };
}

/** What the Pack view fills in before the user types: the Board sheet's meeting date, and the as-of date a pack would use. */
export interface PackDefaults {
  readonly meetingDate: Day | null;
  readonly asOf: Day;
  readonly asOfHow: string;
}

export function packDefaults(raw: RawWorkbook, options: { today: Day; mapping?: ColumnMapping }): PackDefaults {
  const wb = readWorkbook(raw, options.mapping);
  const choice = packAsOf(null, [wb], options.today);
  return { meetingDate: wb.records.board.meetingDate, asOf: choice.asOf, asOfHow: packAsOfHow(choice) };
}

export interface PackOptions {
  readonly asOf: Day | null;
  /** Null: the Board sheet's meeting date (as `yot pack` without --meeting). */
  readonly meetingDate: Day | null;
  readonly includeNames: boolean;
  readonly today: Day;
  /** The moment the pack is made (shown on its Cover). */
  readonly now: Date;
  readonly mapping?: ColumnMapping;
  readonly rulebook?: Rulebook;
}

export interface PackPlan {
  readonly doc: PackDocument;
  readonly model: PackModel;
  readonly asOfHow: string;
  /** A file name for the download: 'yogb-pack-north-west-2025-26-q2.xlsx'. */
  readonly fileName: string;
}

/**
 * Lay out the pack for a workbook (or several regional workbooks: a national
 * roll-up, as `yot pack` with several files). As with `yot pack`, a workbook
 * missing its Secondments or Vacancies table still makes a pack (the gap is on
 * the Data quality sheet); one with neither is refused.
 */
export function planPack(raws: RawWorkbook | readonly RawWorkbook[], options: PackOptions): PackPlan {
  const list: readonly RawWorkbook[] = Array.isArray(raws) ? raws : [raws as RawWorkbook];
  const workbooks = list.map((raw) => {
    const wb = readWorkbook(raw, options.mapping);
    if (!wb.records.present.has('Secondments') && !wb.records.present.has('Vacancies')) {
      throw new UserFacingError(`${raw.source === 'this workbook' ? 'This workbook' : `"${raw.source}"`} has neither a Secondments nor a Vacancies table or sheet, so there is nothing to put in a pack.`);
    }
    return wb;
  });
  const { doc, model, asOf } = makePack(workbooks, {
    asOf: options.asOf,
    meeting: options.meetingDate,
    today: options.today,
    rulebook: options.rulebook ?? NPF_2021,
    names: options.includeNames,
    generatedAt: options.now,
  });
  return { doc, model, asOfHow: packAsOfHow(asOf), fileName: packFileName(model) };
}

/** 'yogb-pack-north-west-2025-26-q2.xlsx' */
export function packFileName(model: PackModel): string {
  const region = model.regions.length === 1 ? model.regions[0]!.region : 'national';
  const slug = `${region} ${model.quarter}`.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `yogb-pack-${slug || 'pack'}.xlsx`;
}
