/**
 * The pack's side of the task pane's work, without React or Office.js: lay
 * out the pack for a workbook, choosing the as-of and meeting dates exactly as
 * `yot pack` does (src/cli/pack.ts chooseAsOf). Loaded with import() when a
 * pack is built, so the pack's code is not part of the task pane's first load.
 */
import { addDays, formatUk, lastCompleteQuarterEnd, type Day } from '../core/dates';
import { buildPack, regionOf, type PackModel } from '../core/pack/model';
import { layoutPack, type PackDocument } from '../core/pack/layout';
import { readRecords } from '../core/records/read';
import type { ColumnMapping, RawWorkbook, Records } from '../core/records/types';
import { NPF_2021, type Rulebook } from '../core/rulebook';
import { validateRecords } from '../core/validate';
import { UserFacingError } from './host';

/**
 * As-of for a pack: as given; else the end of the last complete quarter on or
 * before the Board's As-of date; else the end of the last quarter completed
 * before today (as `yot pack`).
 */
export function choosePackAsOf(given: Day | null, records: Records, today: Day): { asOf: Day; how: string } {
  if (given !== null) return { asOf: given, how: 'the date you gave' };
  if (records.board.asOf !== null) {
    return { asOf: lastCompleteQuarterEnd(records.board.asOf), how: `the end of the last complete quarter on or before the Board sheet's As-of date, ${formatUk(records.board.asOf)}` };
  }
  return { asOf: lastCompleteQuarterEnd(addDays(today, -1)), how: 'the end of the last complete quarter before today' };
}

/** What the Pack view fills in before the user types: the Board sheet's meeting date, and the as-of date a pack would use. */
export interface PackDefaults {
  readonly meetingDate: Day | null;
  readonly asOf: Day;
  readonly asOfHow: string;
}

export function packDefaults(raw: RawWorkbook, options: { today: Day; mapping?: ColumnMapping }): PackDefaults {
  const { records } = readRecords(raw, options.mapping);
  const { asOf, how } = choosePackAsOf(null, records, options.today);
  return { meetingDate: records.board.meetingDate, asOf, asOfHow: how };
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
 * Lay out the pack for a workbook. As with `yot pack`, a workbook missing its
 * Secondments or Vacancies table still makes a pack (the gap is on the Data
 * quality sheet); one with neither is refused.
 */
export function planPack(raw: RawWorkbook, options: PackOptions): PackPlan {
  const rulebook = options.rulebook ?? NPF_2021;
  const { records, findings } = readRecords(raw, options.mapping);
  if (!records.present.has('Secondments') && !records.present.has('Vacancies')) {
    throw new UserFacingError(`${raw.source === 'this workbook' ? 'This workbook' : `"${raw.source}"`} has neither a Secondments nor a Vacancies table or sheet, so there is nothing to put in a pack.`);
  }
  const { asOf, how } = choosePackAsOf(options.asOf, records, options.today);
  const model = buildPack(
    [{ source: raw.source, region: regionOf(records, raw.source), records, findings: validateRecords(records, findings, asOf, rulebook).findings }],
    { asOf, ...(options.meetingDate !== null ? { meetingDate: options.meetingDate } : {}), rulebook, includeNames: options.includeNames },
  );
  const doc = layoutPack(model, { generatedAt: options.now });
  return { doc, model, asOfHow: how, fileName: packFileName(model) };
}

/** 'yogb-pack-north-west-2025-26-q2.xlsx' */
export function packFileName(model: PackModel): string {
  const region = model.regions.length === 1 ? model.regions[0]!.region : 'national';
  const slug = `${region} ${model.quarter}`.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `yogb-pack-${slug || 'pack'}.xlsx`;
}

