/**
 * The pack's side of the task pane's work, without React or Office.js: the
 * core's makePack (src/core/make-pack.ts), the one `yot pack` calls, so the
 * as-of date, findings and figures are the CLI's. This module only words the
 * as-of choice and names the download. Loaded with import() when a pack is
 * built, so the pack's code is not part of the task pane's first load.
 */
import { formatUk, type Day } from '../core/dates';
import { packAsOf, previousAsOf, readWorkbook, type AsOfChoice, type Workbook } from '../core/check';
import { makePack, PackInputError } from '../core/make-pack';
import type { PackModel } from '../core/pack/model';
import type { InputFile, PackDocument } from '../core/pack/layout';
import type { PreviousQuarter } from '../core/pack/sheets/types';
import type { ColumnMapping, RawWorkbook, Records } from '../core/records/types';
import { NPF_2021, type Rulebook } from '../core/rulebook';
import { UserFacingError, type Host, type PackDestination, type PackOutcome, type PackProgress, type PreviousTracker } from '../adapters/host';

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
  /** Last quarter's trackers (the pane's "Compare with last quarter's tracker…", as `yot pack --previous`): a Movement sheet and last quarter's figures. */
  readonly previous?: readonly RawWorkbook[];
  /** The input files as the Cover states them (name, size, SHA-256), this quarter's then last quarter's, as `yot pack` lists them. */
  readonly inputs?: readonly InputFile[];
}

export interface PackPlan {
  readonly doc: PackDocument;
  readonly model: PackModel;
  readonly asOfHow: string;
  /** A file name for the download: 'yogb-pack-north-west-2025-26-q2.xlsx'. */
  readonly fileName: string;
  /** Last quarter, when a previous tracker was given: its figures and what moved. */
  readonly previous: PreviousQuarter | null;
}

/**
 * Lay out the pack for a workbook (or several regional workbooks: a national
 * roll-up, as `yot pack` with several files). As with `yot pack`, a workbook
 * missing its Secondments or Vacancies table still makes a pack (the gap is on
 * the Data quality sheet); one with neither is refused.
 */
export function planPack(raws: RawWorkbook | readonly RawWorkbook[], options: PackOptions): PackPlan {
  const list: readonly RawWorkbook[] = Array.isArray(raws) ? raws : [raws as RawWorkbook];
  const workbooks = list.map((raw) => usable(raw, options.mapping));
  const previous = (options.previous ?? []).map((raw) => usable(raw, options.mapping));
  let made: ReturnType<typeof makePack>;
  try {
    made = makePack(workbooks, {
      asOf: options.asOf,
      meeting: options.meetingDate,
      today: options.today,
      rulebook: options.rulebook ?? NPF_2021,
      names: options.includeNames,
      generatedAt: options.now,
      previous,
      ...(options.inputs !== undefined && options.inputs.length > 0 ? { inputs: options.inputs } : {}),
    });
  } catch (e) {
    // The core's sentence names the CLI's --previous; the pane says it in its own words.
    if (e instanceof PackInputError) throw new UserFacingError(notLastQuarter(workbooks, previous, options));
    throw e;
  }
  const { doc, model, asOf } = made;
  return { doc, model, asOfHow: packAsOfHow(asOf), fileName: packFileName(model), previous: made.previous };
}

/** A workbook read for a pack; one with neither Secondments nor Vacancies is refused (as `yot pack` does). */
function usable(raw: RawWorkbook, mapping: ColumnMapping | undefined): Workbook {
  const wb = readWorkbook(raw, mapping);
  if (!wb.records.present.has('Secondments') && !wb.records.present.has('Vacancies')) {
    throw new UserFacingError(`${raw.source === 'this workbook' ? 'This workbook' : `"${raw.source}"`} has neither a Secondments nor a Vacancies table or sheet, so there is nothing to put in a pack.`);
  }
  return wb;
}

/** Why last quarter's tracker can't be compared: it is not before this pack's as-of date. */
function notLastQuarter(workbooks: readonly Workbook[], previous: readonly Workbook[], options: PackOptions): string {
  const asOf = packAsOf(options.asOf, workbooks, options.today).asOf;
  const names = previous.map((w) => `"${w.source}"`).join(' and ');
  return `Last quarter's tracker, ${names}, is as of ${formatUk(previousAsOf(previous, asOf))}, which is not before this pack's date ${formatUk(asOf)}; choose last quarter's tracker, not this quarter's, or change "Figures as on".`;
}

/** 'yogb-pack-north-west-2025-26-q2.xlsx' */
export function packFileName(model: PackModel): string {
  const region = model.regions.length === 1 ? model.regions[0]!.region : 'national';
  const slug = `${region} ${model.quarter}`.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `yogb-pack-${slug || 'pack'}.xlsx`;
}

/** What the Pack view asks for besides the dates: where the pack goes, last quarter's tracker, and the pack or its PDF. */
export interface PackChoice {
  readonly destination: PackDestination;
  /** Last quarter's tracker (read by the host from the file chosen), or null: no comparison. */
  readonly previous: PreviousTracker | null;
  /** The pack to its destination, or the pack as a PDF (downloaded). */
  readonly format: 'pack' | 'pdf';
}

/**
 * Lay out the pack and hand it to the host: written to its destination, or
 * made into a PDF and downloaded. The Cover states the input files as `yot pack`
 * does: this quarter's (where the host reads a file) and last quarter's.
 * Here, not in the App, so this code loads with the pack's, not on first load.
 */
export async function buildPack(
  host: Host,
  raw: RawWorkbook,
  choice: PackChoice,
  options: Omit<PackOptions, 'previous' | 'inputs'>,
  onProgress: (p: PackProgress) => void,
): Promise<{ plan: PackPlan; outcome: PackOutcome }> {
  const current = await host.currentInput();
  const inputs = [current, choice.previous?.input ?? null].filter((f): f is InputFile => f !== null);
  const plan = planPack(raw, { ...options, previous: choice.previous ? [choice.previous.raw] : [], inputs });
  const outcome =
    choice.format === 'pdf'
      ? await host.writePdf({ doc: plan.doc, fileName: plan.fileName.replace(/\.xlsx$/, '.pdf') }, onProgress)
      : await host.writePack({ doc: plan.doc, fileName: plan.fileName }, onProgress, choice.destination);
  return { plan, outcome };
}
