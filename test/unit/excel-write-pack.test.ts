/**
 * The Excel adapter's writing side, driven through office-addin-mock: the pack
 * goes into new sheets in a small, constant number of syncs; no user sheet is
 * renamed, changed or deleted; a rebuild replaces only the add-in's own sheets;
 * and on Excel on the web each request stays under the 5 MB limit.
 */
import { fromYmd } from '../../src/core/dates';
import type { PackDocument } from '../../src/core/pack/layout';
import type { Cell, RawWorkbook } from '../../src/core/records/types';
import { PACK_SHEET_PREFIX, WEB_REQUEST_LIMIT_BYTES, planNames, writePackSheets, type ExcelSupport, type WritePackStats } from '../../src/adapters/excel/write-pack';
import { NO_PACK_SHEETS, type PackSheetsState } from '../../src/adapters/excel/settings';
import { planPack } from '../../src/taskpane/pack-plan';
import { fakeWorkbook, mockWorkbook, snapshotSheet, type FakeWorkbookState } from '../helpers/excel-mock';

const AS_OF = fromYmd(2025, 9, 30);
const SEC_HEADERS = ['Secondment ID', 'Region', 'PDU', 'YOT', 'Role', 'Secondee', 'FTE', 'Start date', 'Extension years', 'Vetting cleared', 'Authorised officer', 'PPDA agreed', 'Six-month review', 'Last three-way review'];
const VAC_HEADERS = ['Vacancy ID', 'Region', 'PDU', 'YOT', 'Role', 'FTE', 'Vacant from', 'Reason', 'Stage 1 date', 'Stage 1 evidence', 'Stage 4 date', 'Stage 4 evidence', 'Temp invoice'];
const YOTS = ['Liverpool YJS', 'Wirral YJS', 'Sefton YJS', 'Knowsley YJS', 'Wigan YJS'];

/** A North West register of `n` secondments and `n` vacancies (a few with deliberate mistakes), as Office.js reads it. */
function rawWorkbook(n: number): RawWorkbook {
  const sec: Cell[][] = [SEC_HEADERS];
  const vac: Cell[][] = [VAC_HEADERS];
  for (let i = 0; i < n; i++) {
    const yot = YOTS[i % YOTS.length]!;
    const start = fromYmd(2024, 1 + (i % 12), 1 + (i % 28));
    sec.push([`NW-S${i + 1}`, 'North West', `PDU ${i % 7}`, yot, i % 5 === 0 ? 'PSO' : 'PO', `Secondee ${i + 1}`, i % 3 === 0 ? 0.5 : 1, start, i % 97 === 0 ? 2 : 0, start - 30, 'Y', start + 20, i % 11 === 0 ? null : start + 180, AS_OF - 40]);
    const vacant = fromYmd(2025, 1 + (i % 8), 1 + (i % 27));
    vac.push([`NW-V${i + 1}`, 'North West', `PDU ${i % 7}`, yot, i % 4 === 0 ? 'PSO' : 'PO', 1, vacant, 'Leaver', vacant, `EV-${i}-1`, i % 13 === 0 ? vacant + 40 : null, null, null]);
  }
  return {
    source: 'this workbook',
    sheetNames: ['Board', 'Secondments', 'Vacancies'],
    grids: {
      Secondments: { kind: 'table', sheet: 'Secondments', originRow: 1, originCol: 1, values: sec },
      Vacancies: { kind: 'table', sheet: 'Vacancies', originRow: 1, originCol: 1, values: vac },
    },
    board: { kind: 'sheet', sheet: 'Board', originRow: 1, originCol: 1, values: [['Region', 'North West'], ['YOGB meeting date', fromYmd(2025, 10, 21)], ['As-of date', AS_OF]] },
    names: {},
  };
}

function packDoc(n: number): PackDocument {
  return planPack(rawWorkbook(n), { asOf: AS_OF, meetingDate: null, includeNames: false, today: AS_OF, now: new Date('2025-10-01T09:00:00Z') }).doc;
}

/** The user's own workbook: their register, a Board sheet, and a sheet that happens to be called "YOGB Cover". */
function usersWorkbook(): FakeWorkbookState {
  return fakeWorkbook(
    [
      { name: 'Board', cells: { A1: 'Region', B1: 'North West' } },
      { name: 'Secondments', cells: { A1: 'Secondment ID', A2: 'NW-S1' } },
      { name: 'Vacancies', cells: { A1: 'Vacancy ID', A2: 'NW-V1' } },
      { name: 'YOGB Cover', cells: { A1: 'My own notes for the board' } },
    ],
    { tables: [{ name: 'Secondments', sheet: 'Secondments' }, { name: 'PackDisputes', sheet: 'Vacancies' }], names: ['PackFinance'] },
  );
}

interface Build {
  readonly stats: WritePackStats;
  readonly requestBytes: number[];
  readonly remembered: PackSheetsState;
  readonly result: Awaited<ReturnType<typeof writePackSheets>>;
}

/** An Excel with every set the pack can use (ExcelApi 1.9 and up). */
const EVERYTHING: ExcelSupport = { conditionalFormats: true, freezePanes: true, printSetup: true, indent: true };

async function build(state: FakeWorkbookState, doc: PackDocument, previous: PackSheetsState, options: { web?: boolean; payloadLimitBytes?: number; support?: ExcelSupport } = {}): Promise<Build> {
  const mock = mockWorkbook(state);
  const stats: WritePackStats = { syncs: 0, batchBytes: [] };
  let remembered: PackSheetsState = previous;
  const result = await writePackSheets(
    mock.context,
    doc,
    {
      web: options.web ?? false,
      previous,
      support: options.support ?? EVERYTHING,
      remember: async (s) => {
        remembered = s;
      },
      ...(options.payloadLimitBytes !== undefined ? { payloadLimitBytes: options.payloadLimitBytes } : {}),
    },
    stats,
  );
  expect(mock.stats.syncs).toBe(stats.syncs);
  return { stats, requestBytes: mock.stats.requestBytes, remembered, result };
}

const userSheets = (state: FakeWorkbookState) => state.sheets.filter((s) => ['Board', 'Secondments', 'Vacancies', 'YOGB Cover'].includes(s.name));

describe('Excel adapter: writing the pack into the open workbook', () => {
  let small: PackDocument;
  let large: PackDocument;
  beforeAll(() => {
    small = packDoc(10);
    large = packDoc(10_000);
  });

  it('writes every pack sheet as a new sheet in three syncs, leaving the user’s sheets exactly as they were', async () => {
    const state = usersWorkbook();
    const before = userSheets(state).map(snapshotSheet);
    const { stats, remembered, result } = await build(state, small, NO_PACK_SHEETS);

    expect(stats.syncs).toBe(3); // names in use; the writes; print setup
    expect(userSheets(state).map(snapshotSheet)).toEqual(before);
    const names = state.sheets.map((s) => s.name);
    expect(names.slice(0, 4)).toEqual(['Board', 'Secondments', 'Vacancies', 'YOGB Cover']);
    // The user's "YOGB Cover" keeps its name; the pack's Cover takes another.
    expect(names.slice(4)).toEqual([
      'YOGB Cover (2)',
      'YOGB Board summary',
      'YOGB Summary',
      'YOGB Vacancies',
      'YOGB Secondments',
      'YOGB Allocation',
      'YOGB Finance',
      'YOGB Disputes',
      'YOGB Data quality',
    ]);
    expect(small.sheets).toHaveLength(9);
    expect(remembered.sheets.map((s) => s.name)).toEqual(names.slice(4));
    expect(remembered.sheets.map((s) => s.id)).toEqual(state.sheets.slice(4).map((s) => s.id));
    expect(result.replaced).toEqual([]);
    expect(result.printSetupApplied).toBe(true);
    expect(state.active).toBe('YOGB Cover (2)');
  });

  it('on an Excel below ExcelApi 1.6 (the manifest allows 1.4) writes the pack without the newer features', async () => {
    const state = usersWorkbook();
    const { result } = await build(state, small, NO_PACK_SHEETS, { support: { conditionalFormats: false, freezePanes: false, printSetup: false, indent: false } });
    const ours = state.sheets.filter((s) => s.name.startsWith(PACK_SHEET_PREFIX) && s.name !== 'YOGB Cover');
    expect(ours).toHaveLength(small.sheets.length);
    expect(ours.every((s) => s.conditionalFormats.length === 0 && s.frozenRows === 0 && s.pageLayout.length === 0)).toBe(true);
    expect(result.printSetupApplied).toBe(false);
    // The RAG words are still there: the meaning never rests on colour.
    const summary = state.sheets.find((s) => s.name === 'YOGB Summary')!;
    expect([...summary.cells.values()].some((v) => typeof v === 'string' && /^(Red|Amber|Green): /.test(v))).toBe(true);
  });

  it('writes values, formats, tables, frozen headers, RAG colours with their words, and print setup', async () => {
    const state = usersWorkbook();
    await build(state, small, NO_PACK_SHEETS);
    const sheet = (name: string) => state.sheets.find((s) => s.name === `${PACK_SHEET_PREFIX}${name}`)!;
    const layout = (name: string) => small.sheets.find((s) => s.name === name)!;

    // Every value of every table is in its cell; dates as serials under a date format.
    for (const s of small.sheets) {
      const fake = state.sheets.find((x) => x.name === (s.name === 'Cover' ? 'YOGB Cover (2)' : `YOGB ${s.name}`))!;
      for (const line of s.lines) expect(fake.cells.get(`A${line.row}`)).toBe(line.text);
      for (const t of s.tables) {
        t.columns.forEach((c, i) => expect(fake.cells.get(`${String.fromCharCode(65 + i)}${t.headerRow}`)).toBe(c.header));
        const lastRow = t.rows[t.rows.length - 1]!;
        lastRow.forEach((v, i) => {
          const got = fake.cells.get(`${String.fromCharCode(65 + i)}${t.headerRow + t.rows.length}`);
          if (v === null) expect(got).toBeUndefined();
          else expect(got).toBe(typeof v === 'object' ? v.label : v);
        });
      }
    }
    const secondments = layout('Secondments').tables[0]!;
    const startCol = secondments.columns.findIndex((c) => c.kind === 'date');
    const col = String.fromCharCode(65 + startCol);
    expect(sheet('Secondments').numberFormats.get(`${col}${secondments.headerRow + 1}:${col}${secondments.headerRow + secondments.rows.length}`)).toBe('dd/mm/yyyy');

    // Real tables, named as the layout names them (or another name if the user has it), each on its own sheet.
    const tableNames = state.tables.map((t) => t.name);
    expect(tableNames).toEqual(expect.arrayContaining(['PackSummary', 'PackSecondments', 'PackVacancies', 'PackDisputes2', 'PackFinance2']));
    expect(tableNames).toContain('PackDisputes'); // the user's, untouched

    expect(sheet('Secondments').frozenRows).toBe(secondments.headerRow);

    // RAG: a rule per colour on each RAG column, keyed on the label's first word ("Red: …").
    const rag = sheet('Summary').conditionalFormats;
    expect(rag.length).toBeGreaterThanOrEqual(3);
    const rules = rag.flatMap((cf) => cf.settings.filter(([p]) => p === 'textComparison.rule').map(([, v]) => v));
    expect(rules).toEqual(expect.arrayContaining([{ operator: 'BeginsWith', text: 'Red:' }, { operator: 'BeginsWith', text: 'Amber:' }, { operator: 'BeginsWith', text: 'Green:' }]));

    // Print: as the layout says (A4 landscape; one page across only where the text still prints at 8 pt or more,
    // else at its scale with the YOT columns repeated), the header row repeated, OFFICIAL-SENSITIVE in header and footer.
    const page = new Map(sheet('Secondments').pageLayout);
    const print = layout('Secondments').print;
    expect(page.get('orientation')).toBe('Landscape');
    expect(page.get('paperSize')).toBe('A4');
    expect(page.get('zoom')).toEqual(print.fitToWidth === 1 ? { horizontalFitToPages: 1, verticalFitToPages: 0 } : { scale: print.scale });
    expect(page.get('setPrintTitleColumns()')).toEqual(print.repeatColumns === null ? undefined : [`$A:$${String.fromCharCode(64 + print.repeatColumns)}`]);
    // Not every sheet is forced onto one page across: each takes the layout's choice.
    for (const s of small.sheets) {
      const zoom = new Map(sheet(s.name === 'Cover' ? 'Cover (2)' : s.name).pageLayout).get('zoom');
      expect({ sheet: s.name, zoom }).toEqual({ sheet: s.name, zoom: s.print.fitToWidth === 1 ? { horizontalFitToPages: 1, verticalFitToPages: 0 } : { scale: s.print.scale } });
    }
    expect(small.sheets.some((s) => s.print.fitToWidth === 0)).toBe(true);
    expect(page.get('setPrintTitleRows()')).toEqual([`$${secondments.headerRow}:$${secondments.headerRow}`]);
    expect(page.get('headersFooters.defaultForAllPages.leftFooter')).toBe('OFFICIAL-SENSITIVE');
    expect(page.get('headersFooters.defaultForAllPages.centerHeader')).toBe('OFFICIAL-SENSITIVE');
    expect(page.get('headersFooters.defaultForAllPages.centerFooter')).toBe('Page &P of &N');
  });

  it.each([10, 10_000])('takes the same three syncs for %d rows on the desktop', async (rows) => {
    const doc = rows === 10 ? small : large;
    const state = usersWorkbook();
    const { stats } = await build(state, doc, NO_PACK_SHEETS);
    expect(stats.syncs).toBe(3);
    const secondments = state.sheets.find((s) => s.name === 'YOGB Secondments')!;
    const t = doc.sheets.find((s) => s.name === 'Secondments')!.tables[0]!;
    expect(secondments.cells.get(`A${t.headerRow + t.rows.length}`)).toBe(t.rows[t.rows.length - 1]![0]);
  });

  it('on Excel on the web, splits a large pack into requests under the 5 MB limit and loses no row', async () => {
    const state = usersWorkbook();
    const { stats, requestBytes } = await build(state, large, NO_PACK_SHEETS, { web: true });
    // Measured by the mock, independently of the adapter's own estimate.
    for (const b of requestBytes) expect(b).toBeLessThanOrEqual(WEB_REQUEST_LIMIT_BYTES);
    for (const b of stats.batchBytes) expect(b).toBeLessThanOrEqual(WEB_REQUEST_LIMIT_BYTES);
    expect(stats.syncs).toBeLessThanOrEqual(6);
    const t = large.sheets.find((s) => s.name === 'Secondments')!.tables[0]!;
    const fake = state.sheets.find((s) => s.name === 'YOGB Secondments')!;
    for (let r = 0; r < t.rows.length; r += 997) expect(fake.cells.get(`A${t.headerRow + 1 + r}`)).toBe(t.rows[r]![0]);
  });

  it('keeps every request under a smaller limit too, in more syncs', async () => {
    const limit = 256 * 1024;
    const state = usersWorkbook();
    const { stats, requestBytes } = await build(state, large, NO_PACK_SHEETS, { web: true, payloadLimitBytes: limit });
    expect(stats.syncs).toBeGreaterThan(6);
    for (const b of requestBytes) expect(b).toBeLessThanOrEqual(limit);
    const t = large.sheets.find((s) => s.name === 'Vacancies')!.tables[0]!;
    const fake = state.sheets.find((s) => s.name === 'YOGB Vacancies')!;
    t.rows.forEach((row, r) => {
      if (r % 500 === 0) expect(fake.cells.get(`A${t.headerRow + 1 + r}`)).toBe(row[0]);
    });
    expect(state.tables.find((x) => x.name === 'PackVacancies')?.address).toBe(`A${t.headerRow}:${String.fromCharCode(64 + t.columns.length)}${t.headerRow + t.rows.length}`);
  });

  it('a second build replaces only the add-in’s sheets, under the same names', async () => {
    const state = usersWorkbook();
    const first = await build(state, small, NO_PACK_SHEETS);
    const userBefore = userSheets(state).map(snapshotSheet);
    const firstIds = first.remembered.sheets.map((s) => s.id);
    // The user renames one of the pack's sheets; it is still the add-in's.
    state.sheets.find((s) => s.name === 'YOGB Finance')!.name = 'Fees for Q2';

    const second = await build(state, small, first.remembered);
    expect(second.stats.syncs).toBe(3);
    expect(userSheets(state).map(snapshotSheet)).toEqual(userBefore);
    expect(state.sheets.map((s) => s.name)).toEqual([
      'Board',
      'Secondments',
      'Vacancies',
      'YOGB Cover',
      'YOGB Cover (2)',
      'YOGB Board summary',
      'YOGB Summary',
      'YOGB Vacancies',
      'YOGB Secondments',
      'YOGB Allocation',
      'YOGB Finance',
      'YOGB Disputes',
      'YOGB Data quality',
    ]);
    expect(state.sheets.some((s) => firstIds.includes(s.id))).toBe(false);
    expect(second.result.replaced).toHaveLength(9);
    expect(second.result.replaced).toContain('Fees for Q2');
    // The pack's tables keep their names; the user's keep theirs.
    const tableNames = state.tables.map((t) => t.name).sort();
    expect(tableNames.filter((n) => n === 'PackSummary')).toHaveLength(1);
    expect(tableNames).toContain('PackDisputes');
    expect(tableNames).toContain('PackDisputes2');
    expect(second.remembered.sheets.map((s) => s.id)).toEqual(state.sheets.slice(4).map((s) => s.id));
  });

  it('never treats a sheet it did not make as its own, even with a pack name', () => {
    const plan = planNames(
      small,
      { sheets: [{ id: 'a', name: 'YOGB Summary' }, { id: 'b', name: 'yogb vacancies' }, { id: 'c', name: 'YOGB Cover' }], tables: ['PackSummary'], names: [] },
      { sheets: [{ id: 'c', name: 'YOGB Cover' }], tables: ['PackCover'] },
    );
    expect(plan.oldSheets).toEqual([{ id: 'c', name: 'YOGB Cover' }]);
    expect(plan.sheets.map((s) => s.name).slice(0, 4)).toEqual(['YOGB Cover', 'YOGB Board summary', 'YOGB Summary (2)', 'YOGB Vacancies (2)']);
    expect(plan.sheets[2]!.tableNames).toEqual(['PackSummary2']);
    expect(plan.tempNames[0]).not.toMatch(/^YOGB (Cover|Summary|Vacancies)/);
  });
});
