/**
 * The Excel host's part of "Compare with last quarter's tracker…" and
 * "Download PDF" (#11), with Office and Excel stood in by office-addin-mock
 * workbooks: last quarter's tracker is a file chosen from disk and read in the
 * pane (name, size and SHA-256 for the Cover); the pack built with it goes into
 * the workbook's sheets with a Movement sheet, through the same core makePack as
 * `yot pack --previous`; this quarter's own tracker is refused as last quarter's
 * in one sentence; and the PDF is made in the pane and handed over as a download.
 */
import { createHash } from 'node:crypto';
import { resolveObjectURL } from 'node:buffer';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { createExcelHost } from '../../src/adapters/excel';
import type { SettingsStore } from '../../src/adapters/excel/settings';
import { UserFacingError, type PackProgress } from '../../src/adapters/host';
import { readWorkbookFile } from '../../src/adapters/xlsx/read';
import type { RawWorkbook } from '../../src/core/records/types';
import { buildPack, type PackChoice } from '../../src/taskpane/pack-plan';
import { fakeWorkbook, mockWorkbook, type FakeWorkbookState } from '../helpers/excel-mock';
import { fromYmd } from '../../src/core/dates';

jest.setTimeout(120_000);

const SAMPLE = path.resolve(__dirname, '../../samples/north-west-tracker.xlsx');
const PREVIOUS = path.resolve(__dirname, '../../samples/north-west-tracker-previous.xlsx');

const values: Record<string, unknown> = {};
const settings: SettingsStore = {
  get: (k) => values[k] ?? null,
  set: (k, v) => {
    values[k] = v;
  },
  saveAsync: (cb) => cb?.({ status: 'succeeded' }),
};
let state: FakeWorkbookState;
/** What the pane clicked to download: the link's file name and its address. */
const clicked: { download: string; href: string }[] = [];

beforeAll(() => {
  (globalThis as Record<string, unknown>).Office = {
    PlatformType: { OfficeOnline: 'OfficeOnline', PC: 'PC' },
    context: { platform: 'PC', requirements: { isSetSupported: () => true }, document: { settings } },
  };
  (globalThis as Record<string, unknown>).Excel = {
    run: <T>(fn: (context: Excel.RequestContext) => Promise<T>) => fn(mockWorkbook(state).context),
    createWorkbook: async () => undefined,
  };
  // The task pane's document, as far as a download needs it: a link that is clicked.
  (globalThis as Record<string, unknown>).document = {
    createElement: () => {
      const a = { href: '', download: '', rel: '', style: {}, click: () => clicked.push({ download: a.download, href: a.href }), remove: () => undefined };
      return a;
    },
    body: { appendChild: () => undefined },
  };
});

afterAll(() => {
  delete (globalThis as Record<string, unknown>).Office;
  delete (globalThis as Record<string, unknown>).Excel;
  delete (globalThis as Record<string, unknown>).document;
});

/** A file as the browser hands it to the pane from its file picker. */
async function chosen(file: string, name = path.basename(file)): Promise<File> {
  return new File([await fs.readFile(file)], name);
}

/** This quarter's tracker as the Excel host reads the open workbook ("this workbook"). */
async function openWorkbook(): Promise<RawWorkbook> {
  const { raw } = await readWorkbookFile(SAMPLE);
  return { ...raw, source: 'this workbook' };
}

const options = { asOf: null, meetingDate: null, includeNames: false, today: fromYmd(2025, 10, 20), now: new Date('2025-10-20T09:30:00Z') };
const choice = (previous: PackChoice['previous'], format: PackChoice['format'] = 'pack'): PackChoice => ({ destination: 'sheets', previous, format });

describe('Excel host: last quarter’s tracker and the PDF', () => {
  it('reads last quarter’s tracker from the file chosen, with its name, size and SHA-256 for the Cover', async () => {
    const bytes = await fs.readFile(PREVIOUS);
    const previous = await createExcelHost().readPrevious(await chosen(PREVIOUS));
    expect(previous.raw.source).toBe('north-west-tracker-previous.xlsx');
    expect(previous.raw.sheetNames).toContain('Actions');
    expect(previous.input).toEqual({ name: 'north-west-tracker-previous.xlsx', quarter: 'previous', bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
  });

  it('refuses a file that is not an .xlsx in one sentence', async () => {
    const csv = new File(['Secondment ID,Region\n'], 'last-quarter.csv');
    await expect(createExcelHost().readPrevious(csv)).rejects.toThrow(new UserFacingError('Last quarter’s tracker, "last-quarter.csv", is not an .xlsx file; save it from Excel as an Excel Workbook (.xlsx) and open that.'));
  });

  it('refuses a file named .xlsx that is not a workbook in one sentence, not a stack trace', async () => {
    const junk = new File([Buffer.from('this is not a zip file at all')], 'last-quarter.xlsx');
    const attempt = createExcelHost().readPrevious(junk);
    await expect(attempt).rejects.toThrow(UserFacingError);
    await expect(attempt).rejects.toThrow(/last-quarter\.xlsx/);
  });

  it('builds the pack into the workbook’s sheets with a Movement sheet, naming last quarter’s file on the Cover', async () => {
    state = fakeWorkbook([{ name: 'Board', cells: { A1: 'YOS Governance Board' } }]);
    const host = createExcelHost();
    expect(await host.currentInput()).toBeNull();
    const previous = await host.readPrevious(await chosen(PREVIOUS));
    const progress: PackProgress[] = [];
    const { plan, outcome } = await buildPack(host, await openWorkbook(), choice(previous), options, (p) => progress.push(p));
    expect(plan.previous?.model.quarter).toBe('2025/26 Q1');
    expect(plan.previous?.movement.vacancies.advanced).toEqual(['NW-V002']);
    expect(outcome.sheets).toEqual(['Cover', 'Board summary', 'Movement', 'Summary', 'Vacancies', 'Secondments', 'Allocation', 'Finance', 'Disputes', 'Actions', 'Data quality'].map((n) => `YOGB ${n}`));
    expect(state.sheets.map((s) => s.name)).toContain('YOGB Movement');
    expect(state.sheets[0]!.cells.get('A1')).toBe('YOS Governance Board');
    const cover = [...state.sheets.find((s) => s.name === 'YOGB Cover')!.cells.values()].map(String);
    expect(cover.some((v) => v.startsWith('north-west-tracker-previous.xlsx (last quarter), ') && v.includes(previous.input!.sha256))).toBe(true);
    // The open workbook is not a file the pane hashed: no "this quarter" input line is made up for it.
    expect(cover.some((v) => v.includes('(this quarter)'))).toBe(false);
    expect(progress.length).toBeGreaterThan(0);
  });

  it('refuses this quarter’s own tracker as last quarter’s, in the pane’s words', async () => {
    state = fakeWorkbook([{ name: 'Board' }]);
    const host = createExcelHost();
    const same = await host.readPrevious(await chosen(SAMPLE));
    const attempt = buildPack(host, await openWorkbook(), choice(same), options, () => undefined);
    await expect(attempt).rejects.toThrow(UserFacingError);
    await expect(attempt).rejects.toThrow(/^Last quarter's tracker, "north-west-tracker\.xlsx", is as of 30\/09\/2025, which is not before this pack's date 30\/09\/2025; choose last quarter's tracker/);
    // Nothing was written to the workbook.
    expect(state.sheets.map((s) => s.name)).toEqual(['Board']);
  });

  it('downloads the pack as a PDF, made in the pane; the workbook is not changed', async () => {
    state = fakeWorkbook([{ name: 'Board' }]);
    const host = createExcelHost();
    const previous = await host.readPrevious(await chosen(PREVIOUS));
    const progress: string[] = [];
    const { outcome } = await buildPack(host, await openWorkbook(), choice(previous, 'pdf'), options, (p) => progress.push(p.label));
    expect(outcome.fileName).toBe('yogb-pack-north-west-2025-26-q2.pdf');
    expect(outcome.message).toContain('This workbook was not changed.');
    expect(progress).toEqual(['Loading the PDF writer and its fonts', 'Writing the PDF', 'Downloaded']);
    expect(state.sheets.map((s) => s.name)).toEqual(['Board']);
    const link = clicked[clicked.length - 1]!;
    expect(link.download).toBe('yogb-pack-north-west-2025-26-q2.pdf');
    expect(outcome.link).toEqual({ href: link.href, fileName: link.download });
    const blob = resolveObjectURL(link.href)!;
    expect(blob.type).toBe('application/pdf');
    const pdf = Buffer.from(await blob.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(50_000);
  });
});
