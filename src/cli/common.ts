/** What `yot validate` and `yot pack` share: reading the rulebook options and a workbook. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { readWorkbook, type Workbook } from '../core/check';
import type { ColumnMapping, RawWorkbook } from '../core/records/types';
import type { Rulebook } from '../core/rulebook';
import { readRulebookJson, resolveRulebook } from '../core/rulebook/resolve';
import { DEFAULT_MAX_FILE_MB, readWorkbookFile, WorkbookReadError } from '../adapters/xlsx/read';
import { UsageError, type ParsedArgs } from './args';

export const RULEBOOK_OPTIONS = ['rulebook', 'rulebook-file', 'mapping', 'max-size'] as const;

/** --max-size <MB>: the largest workbook read (default DEFAULT_MAX_FILE_MB). */
export function maxSizeFromArgs(args: ParsedArgs): number {
  const v = args.options.get('max-size');
  if (v === undefined) return DEFAULT_MAX_FILE_MB;
  const n = Number(v);
  if (!/^\d{1,6}$/.test(v.trim()) || !Number.isInteger(n) || n < 1) throw new UsageError(`--max-size should be a whole number of MB such as 200; found "${v.slice(0, 20)}".`);
  return n;
}

async function readJson(file: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    throw new UsageError(`The ${what} file "${file}" can't be read. Check the name and the folder.`);
  }
  if (text.length > 1_000_000) throw new UsageError(`The ${what} file "${file}" is too large to be a ${what} file (over 1 MB).`);
  try {
    return JSON.parse(text);
  } catch {
    throw new UsageError(`The ${what} file "${file}" is not valid JSON.`);
  }
}

/**
 * --rulebook <id> and --rulebook-file <overrides.json>: a region's overrides,
 * either { "managementFeePerPo": 5250 } or { "base": "npf-2021", "values": { ... } }.
 */
export async function rulebookFromArgs(args: ParsedArgs): Promise<Rulebook> {
  let overrides: Record<string, unknown> = {};
  let base = args.options.get('rulebook');
  const file = args.options.get('rulebook-file');
  if (file !== undefined) {
    const read = readRulebookJson(await readJson(file, 'rulebook'), base);
    if (!read.ok) throw new UsageError(`The rulebook file "${file}" ${read.message}.`);
    overrides = read.overrides;
    base = read.base;
  }
  const r = resolveRulebook(base, overrides);
  if (!r.ok) throw new UsageError(r.message);
  return r.rulebook;
}

/** --mapping <mapping.json>: { "Secondments": { "Officer name": "secondee" } }. */
export async function mappingFromArgs(args: ParsedArgs): Promise<ColumnMapping | undefined> {
  const file = args.options.get('mapping');
  if (file === undefined) return undefined;
  const json = await readJson(file, 'column mapping');
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new UsageError(`The column mapping file "${file}" should hold an object such as { "Secondments": { "Officer name": "secondee" } }.`);
  }
  return json as ColumnMapping;
}

/** A workbook read from a file: the core's {@link Workbook}, with where it came from. */
export interface LoadedWorkbook extends Workbook {
  readonly file: string;
  readonly raw: RawWorkbook;
}

/**
 * Read and parse one workbook. A file that can't be read is a WorkbookReadError
 * (exit 2). `yot validate` needs both Secondments and Vacancies (`needs: 'both'`);
 * the pack takes a workbook with either, listing the missing one on Data quality
 * (`needs: 'either'`), and refuses only a file with neither, as not a tracker.
 */
export async function loadWorkbook(file: string, mapping: ColumnMapping | undefined, needs: 'both' | 'either' = 'both', maxFileMb = DEFAULT_MAX_FILE_MB): Promise<LoadedWorkbook> {
  const name = path.basename(file);
  if (/\.(xls|csv|ods)$/i.test(file)) {
    throw new WorkbookReadError(`"${name}" is a ${path.extname(file)} file; save it from Excel as an Excel Workbook (.xlsx) and try again.`);
  }
  const { raw } = await readWorkbookFile(file, { maxFileMb });
  const wb = readWorkbook(raw, mapping);
  const { records } = wb;
  if (needs === 'both') {
    const missing = wb.readFindings.filter((f) => f.rule === 'data/missing-table');
    if (missing.length > 0) throw new WorkbookReadError(`"${name}" can't be checked. ${missing.map((f) => f.message).join(' ')}`);
  } else if (!records.present.has('Secondments') && !records.present.has('Vacancies')) {
    throw new WorkbookReadError(`"${name}" has neither a Secondments nor a Vacancies table or sheet, so it is not a regional tracker and can't go into a pack.`);
  }
  return { ...wb, file, raw };
}
