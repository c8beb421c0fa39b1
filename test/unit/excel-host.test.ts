/**
 * The Excel host as the task pane uses it, with Office and Excel stood in by
 * office-addin-mock workbooks: reading, going to a cell, building the pack into
 * sheets twice (the second replacing the first, remembered in the document's
 * settings), and building it as a new workbook through Excel.createWorkbook.
 */
import ExcelJS from 'exceljs';
import { fromYmd } from '../../src/core/dates';
import { SHEET_NAMES } from '../../src/core/pack/layout';
import { createExcelHost, toBase64 } from '../../src/adapters/excel';
import { PACK_SHEETS_KEY, type SettingsStore } from '../../src/adapters/excel/settings';
import type { PackProgress } from '../../src/adapters/host';
import { planPack } from '../../src/taskpane/pack-plan';
import { fakeWorkbook, mockReadContext, mockWorkbook, type FakeWorkbookState } from '../helpers/excel-mock';

const values: Record<string, unknown> = {};
const settings: SettingsStore = {
  get: (k) => values[k] ?? null,
  set: (k, v) => {
    values[k] = v;
  },
  saveAsync: (cb) => cb?.({ status: 'succeeded' }),
};
let state: FakeWorkbookState;
let nextRun: 'read' | 'write' = 'write';
const created: string[] = [];

beforeAll(() => {
  (globalThis as Record<string, unknown>).Office = {
    PlatformType: { OfficeOnline: 'OfficeOnline', PC: 'PC' },
    context: { platform: 'PC', requirements: { isSetSupported: () => true }, document: { settings } },
  };
  (globalThis as Record<string, unknown>).Excel = {
    run: <T>(fn: (context: Excel.RequestContext) => Promise<T>) => {
      if (nextRun === 'read') {
        return fn(
          mockReadContext([
            { name: 'Board', row: 0, col: 0, values: [['As-of date', fromYmd(2025, 9, 30)]] },
            { name: 'Secondments', table: { name: 'Secondments', row: 0, col: 0 }, row: 0, col: 0, values: [['Secondment ID', 'Region', 'PDU'], ['S1', 'North West', 'Wirral']] },
          ]).context,
        );
      }
      return fn(mockWorkbook(state).context);
    },
    createWorkbook: async (base64: string) => {
      created.push(base64);
    },
  };
});

afterAll(() => {
  delete (globalThis as Record<string, unknown>).Office;
  delete (globalThis as Record<string, unknown>).Excel;
});

function pack() {
  const raw = {
    source: 'this workbook',
    sheetNames: ['Secondments'],
    grids: {
      Secondments: {
        kind: 'table' as const,
        sheet: 'Secondments',
        originRow: 1,
        originCol: 1,
        values: [
          ['Secondment ID', 'Region', 'PDU', 'YOT', 'Role', 'FTE', 'Start date', 'Vetting cleared', 'Authorised officer'],
          ['S1', 'North West', 'Wirral', 'Wirral YJS', 'PO', 1, fromYmd(2025, 4, 1), fromYmd(2025, 3, 1), 'Y'],
        ],
      },
    },
    names: {},
  };
  const plan = planPack(raw, { asOf: fromYmd(2025, 9, 30), meetingDate: null, includeNames: false, today: fromYmd(2025, 10, 1), now: new Date('2025-10-01T09:00:00Z') });
  return { doc: plan.doc, fileName: plan.fileName };
}

describe('Excel host', () => {
  it('reads the open workbook', async () => {
    nextRun = 'read';
    const raw = await createExcelHost().read();
    expect(raw.source).toBe('this workbook');
    expect(raw.grids.Secondments?.values[1]).toEqual(['S1', 'North West', 'Wirral']);
  });

  it('goes to a finding’s cell', async () => {
    nextRun = 'write';
    state = fakeWorkbook([{ name: 'Board' }, { name: 'Secondments' }]);
    await createExcelHost().select({ sheet: 'Secondments', cell: 'B2' } as never);
    expect(state.selection).toEqual({ sheet: 'Secondments', address: 'B2' });
  });

  it('builds the pack into new sheets, remembers them, and replaces them on the next build', async () => {
    nextRun = 'write';
    state = fakeWorkbook([{ name: 'Secondments', cells: { A1: 'Secondment ID' } }]);
    const host = createExcelHost();
    expect(host.packDestinations).toEqual(['sheets', 'new-workbook']);
    const progress: PackProgress[] = [];
    const first = await host.writePack(pack(), (p) => progress.push(p), 'sheets');
    expect(first.sheets).toEqual(SHEET_NAMES.map((n) => `YOGB ${n}`));
    expect(first.message).toContain('Added 9 pack sheets, from YOGB Cover to YOGB Data quality. Your own sheets were not changed.');
    expect(progress.map((p) => p.step)).toEqual([1, 2, 3]);
    expect(progress.every((p) => p.steps === 3)).toBe(true);
    const remembered = values[PACK_SHEETS_KEY] as { sheets: { id: string }[] };
    expect(remembered.sheets.map((s) => s.id)).toEqual(state.sheets.slice(1).map((s) => s.id));

    const second = await host.writePack(pack(), () => undefined, 'sheets');
    expect(second.message).toContain('The 9 sheets of the last pack were replaced.');
    expect(state.sheets.map((s) => s.name)).toEqual(['Secondments', ...SHEET_NAMES.map((n) => `YOGB ${n}`)]);
    expect(state.sheets[0]!.cells.get('A1')).toBe('Secondment ID');
  });

  it('builds the pack as a new workbook: the same .xlsx as the command line writes', async () => {
    const outcome = await createExcelHost().writePack(pack(), () => undefined, 'new-workbook');
    expect(outcome.message).toContain('new workbook with 9 sheets');
    expect(created).toHaveLength(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(created[0]!, 'base64') as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([...SHEET_NAMES]);
  });

  it('encodes large files to base64 in slices', () => {
    const bytes = new Uint8Array(200_000).map((_, i) => i % 251);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});
