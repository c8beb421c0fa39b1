/**
 * layoutPack's shared machinery: every sheet placed under its title lines, print
 * setup, which columns print, number formats and RAG labels. What each sheet
 * says is tested beside it in sheets/<sheet>/.
 */
import { NPF_2021 } from '../rulebook';
import { board, d, records, secondment, vacancy } from '../rules/testing';
import { buildPack } from './model';
import { BODY_POINTS, CLASSIFICATION, columnPoints, DATE_FORMAT, MIN_PRINT_POINTS, PRINTABLE_WIDTH_POINTS, headerFooterCode, layoutPack, money, MONEY_FORMAT, NUMBER_FORMATS, SHEET_NAMES, type LayoutSheet, type RagValue } from './layout';

const recs = records({
  secondments: [
    secondment({ id: 'S1', start: '01/04/2024', secondee: 'Amira Patel' }),
    secondment({ id: 'S2', start: '31/03/2024', secondee: 'Tom Hargreaves', ppdaAgreed: '20/04/2024' }),
  ],
  vacancies: [vacancy({ id: 'V1', vacantFrom: '01/01/2025', stages: ['01/01/2025', '15/01/2025', '01/02/2025', '01/04/2025', '01/05/2025'], reimbursement: 5000 })],
  board: board({ region: 'North West & Wirral', meetingDate: '21/10/2025' }),
});
const model = (includeNames = false) =>
  buildPack([{ source: 'nw.xlsx', region: 'North West & Wirral', records: recs, findings: [] }], { asOf: d('30/09/2025'), rulebook: NPF_2021, includeNames });
const generatedAt = new Date('2025-10-20T09:30:00Z');

const sheet = (doc: ReturnType<typeof layoutPack>, name: string): LayoutSheet => doc.sheets.find((s) => s.name === name)!;

describe('layoutPack', () => {
  const doc = layoutPack(model(), { generatedAt });

  it('has the nine sheets, each with uniquely named tables starting under its title lines (the Board summary has two)', () => {
    expect(doc.sheets.map((s) => s.name)).toEqual([...SHEET_NAMES]);
    const names = doc.sheets.flatMap((s) => s.tables.map((t) => t.name));
    expect(names).toHaveLength(10);
    expect(new Set(names).size).toBe(10);
    for (const s of doc.sheets) {
      const first = s.tables[0]!;
      expect(first.headerRow).toBeGreaterThan(Math.max(...s.lines.filter((l) => l.row < first.headerRow).map((l) => l.row), ...s.fields.map((f) => f.row)));
      for (const t of s.tables) {
        const last = t.headerRow + t.rows.length + (t.totals !== null ? 1 : 0);
        // No title line or other table inside a table's rows.
        expect(s.lines.filter((l) => l.row >= t.headerRow && l.row <= last)).toEqual([]);
        for (const o of s.tables) if (o !== t) expect(o.headerRow > last || o.headerRow + o.rows.length < t.headerRow).toBe(true);
        expect(t.rows.length).toBeGreaterThan(0);
        for (const r of t.rows) expect(r).toHaveLength(t.columns.length);
        expect(new Set(t.columns.map((c) => c.header)).size).toBe(t.columns.length);
      }
    }
  });

  it('freezes and repeats the header row, prints A4 landscape one page wide, marks every page', () => {
    // The Cover and the one-page Board summary have no single table to freeze.
    for (const s of doc.sheets.filter((x) => x.name !== 'Cover' && x.name !== 'Board summary')) {
      const headerRow = s.tables[0]!.headerRow;
      expect(s.freezeRows).toBe(headerRow);
      expect(s.print).toMatchObject({ paperSize: 'A4', orientation: 'landscape', fitToHeight: 0, repeatRows: { first: headerRow, last: headerRow } });
    }
    for (const s of doc.sheets) {
      expect(s.footer.left).toBe(CLASSIFICATION);
      expect(headerFooterCode(s.footer)).toBe('&LOFFICIAL-SENSITIVE&CPage &P of &N&RYOGB quarterly pack: North West && Wirral, 2025/26 Q2');
    }
  });

  it('fits a sheet to one page across only where its printed columns keep 8 pt text, else runs on at 85% repeating the row’s names', () => {
    for (const s of doc.sheets) {
      const points = s.columnWidths.slice(0, s.print.printColumns).reduce((n, w) => n + columnPoints(w), 0);
      const fitted = (BODY_POINTS * PRINTABLE_WIDTH_POINTS) / points;
      if (s.print.fitToWidth === 1) {
        expect(Math.min(BODY_POINTS, fitted)).toBeGreaterThanOrEqual(MIN_PRINT_POINTS);
        expect(s.print.repeatColumns).toBeNull();
      } else {
        expect(fitted).toBeLessThan(MIN_PRINT_POINTS);
        expect(s.print.scale * BODY_POINTS / 100).toBeGreaterThanOrEqual(MIN_PRINT_POINTS);
        expect(s.print.repeatColumns).toBeGreaterThanOrEqual(1);
      }
    }
    // The sample's Summary (17 columns) runs on; its Disputes sheet fits.
    expect(sheet(doc, 'Summary').print).toMatchObject({ fitToWidth: 0, scale: 85, repeatColumns: 2 });
    expect(sheet(doc, 'Cover').print.fitToWidth).toBe(1);
  });

  it('prints only the columns a board reads: tracker row and, in a one-region pack, Region stay in the sheet after them', () => {
    const v = sheet(doc, 'Vacancies');
    const headers = v.tables[0]!.columns.map((c) => c.header);
    expect(headers.slice(v.print.printColumns)).toEqual(['Region', 'Tracker row']);
    expect(headers[0]).toBe('Vacancy ID');
    // The rows move with their headers.
    expect(v.tables[0]!.rows[0]![headers.indexOf('Vacancy ID')]).toBe('V1');
    expect(v.tables[0]!.rows[0]![headers.indexOf('Region')]).toBe('North West & Wirral');
    // The Summary's totals row keeps its label in the first (printed) column.
    const totals = sheet(doc, 'Summary').tables[0]!.totals!;
    expect(totals[0]).toBe('Total');
    expect(totals.filter((x) => x === 'Total')).toHaveLength(1);
  });

  it('writes dates as day numbers in date columns and money as pounds', () => {
    expect(NUMBER_FORMATS.date).toBe(DATE_FORMAT);
    expect(NUMBER_FORMATS.money).toBe(MONEY_FORMAT);
    const t = sheet(doc, 'Vacancies').tables[0]!;
    const col = (h: string) => t.columns.findIndex((c) => c.header === h);
    expect(t.columns[col('Vacant from')]!.kind).toBe('date');
    expect(t.rows[0]![col('Vacant from')]).toBe(d('01/01/2025'));
    expect(t.columns[col('Reimbursement claimed')]!.kind).toBe('money');
    expect(t.rows[0]![col('Reimbursement claimed')]).toBe(5000);
  });

  it('gives every RAG cell a label that says its colour in words', () => {
    const rags = doc.sheets.flatMap((s) => s.tables.flatMap((t) => t.rows.flatMap((r) => r.filter((c): c is RagValue => c !== null && typeof c === 'object'))));
    expect(rags.length).toBeGreaterThan(5);
    for (const r of rags) expect(r.label.startsWith(`${r.rag}: `)).toBe(true);
  });

  it('is plain data: it survives JSON unchanged', () => {
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it('gives an empty table one blank row, as Excel does', () => {
    const t = sheet(doc, 'Disputes').tables[0]!;
    expect(t.rows).toEqual([t.columns.map(() => null)]);
  });
});

describe('money', () => {
  it.each([
    [0, '£0'],
    [5000, '£5,000'],
    [1234567, '£1,234,567'],
  ])('%d is %s', (n, text) => {
    expect(money(n)).toBe(text);
  });
});
