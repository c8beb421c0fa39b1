/**
 * What the add-in keeps in the workbook itself (Office.context.document.settings,
 * saved into the file with saveAsync): the user's column mapping, a region's
 * own rulebook, and which sheets the add-in made for the last pack, so a
 * rebuild replaces only those.
 * Settings travel with the workbook, so whoever opens it next gets the same.
 *
 * No React here.
 */
import type { ColumnMapping, TableName } from '../../core/records/types';
import { TABLE_NAMES } from '../../core/records/types';
import { readSavedRulebook, type SavedRulebook } from '../../core/rulebook/saved';

/** The part of Office.Settings used here (a plain object stands in for it in tests). */
export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: unknown; error?: { message: string } | null }) => void): void;
}

export const MAPPING_KEY = 'yot.columnMapping';
export const PACK_SHEETS_KEY = 'yot.packSheets';
/** A region's rulebook (core/rulebook/saved.ts): the checks, the pack and the =YOT.* functions in this workbook use it. */
export const RULEBOOK_KEY = 'yot.rulebook';

/** A sheet the add-in made: Excel's worksheet id (stable when renamed) and its name when made. */
export interface PackSheetRecord {
  readonly id: string;
  readonly name: string;
}

/** The add-in's pack sheets and the Excel tables on them, from the last build. */
export interface PackSheetsState {
  readonly sheets: readonly PackSheetRecord[];
  readonly tables: readonly string[];
}

export const NO_PACK_SHEETS: PackSheetsState = { sheets: [], tables: [] };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The saved mapping, keeping only well-formed entries (a hand-edited or older setting never breaks a check). */
export function readMapping(settings: SettingsStore): ColumnMapping {
  const raw = settings.get(MAPPING_KEY);
  const out: ColumnMapping = {};
  if (!isRecord(raw)) return out;
  for (const table of TABLE_NAMES) {
    const m = raw[table];
    if (!isRecord(m)) continue;
    const entries = Object.entries(m).filter((e): e is [string, string] => typeof e[1] === 'string' && e[0].trim() !== '');
    if (entries.length > 0) out[table as TableName] = Object.fromEntries(entries);
  }
  return out;
}

export function readPackSheets(settings: SettingsStore): PackSheetsState {
  const raw = settings.get(PACK_SHEETS_KEY);
  if (!isRecord(raw)) return NO_PACK_SHEETS;
  const sheets = Array.isArray(raw['sheets'])
    ? raw['sheets'].filter((s): s is PackSheetRecord => isRecord(s) && typeof s['id'] === 'string' && typeof s['name'] === 'string').map((s) => ({ id: s.id, name: s.name }))
    : [];
  const tables = Array.isArray(raw['tables']) ? raw['tables'].filter((t): t is string => typeof t === 'string') : [];
  return { sheets, tables };
}

/** Save the settings into the document (Office keeps them in memory until saveAsync). */
export function saveSettings(settings: SettingsStore): Promise<void> {
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      // Office.AsyncResultStatus.Failed is 'failed'; the string keeps this testable without office.js.
      if (result && String(result.status).toLowerCase() === 'failed') {
        reject(new Error(`The workbook's add-in settings could not be saved: ${result.error?.message ?? 'unknown reason'}.`));
      } else {
        resolve();
      }
    });
  });
}

export async function saveMapping(settings: SettingsStore, mapping: ColumnMapping): Promise<void> {
  settings.set(MAPPING_KEY, mapping);
  await saveSettings(settings);
}

export async function savePackSheets(settings: SettingsStore, state: PackSheetsState): Promise<void> {
  settings.set(PACK_SHEETS_KEY, { sheets: state.sheets.map((s) => ({ id: s.id, name: s.name })), tables: [...state.tables] });
  await saveSettings(settings);
}

export function readRulebook(settings: SettingsStore): SavedRulebook | null {
  return readSavedRulebook(settings.get(RULEBOOK_KEY));
}

/** Save a region's rulebook in the workbook, or (null) go back to NPF 2021. */
export async function saveRulebook(settings: SettingsStore, rulebook: SavedRulebook | null): Promise<void> {
  settings.set(RULEBOOK_KEY, rulebook === null ? null : { base: rulebook.base, values: { ...rulebook.values }, fileName: rulebook.fileName });
  await saveSettings(settings);
}
