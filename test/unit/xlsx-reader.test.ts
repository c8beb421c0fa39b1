/**
 * The .xlsx reader (src/adapters/xlsx/ooxml.ts) on workbooks written by exceljs:
 * what it reads is what the core expects, and declared sizes cost nothing.
 */
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { readXlsx } from '../../src/adapters/xlsx/ooxml';
import { fromYmd } from '../../src/core/dates';

async function bytes(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

function patch(b: Uint8Array, file: string, edit: (xml: string) => string): Uint8Array {
  const parts = unzipSync(b);
  parts[file] = strToU8(edit(strFromU8(parts[file]!)));
  return zipSync(parts);
}

describe('reading an .xlsx', () => {
  it('reads a table by name, leaving out its totals row, and dates as serials', async () => {
    const b = await bytes((wb) => {
      const ws = wb.addWorksheet('Data');
      ws.getCell('A1').value = 'Title row';
      ws.addTable({
        name: 'Secondments',
        ref: 'B3',
        totalsRow: true,
        columns: [{ name: 'Secondment ID', totalsRowLabel: 'Total' }, { name: 'Start date' }, { name: 'FTE', totalsRowFunction: 'sum' }],
        rows: [['S-1', new Date(Date.UTC(2025, 3, 1)), 0.5], ['S-2', '01/05/2025', 1]],
      });
    });
    const raw = readXlsx(b, 'x.xlsx');
    const g = raw.grids.Secondments!;
    expect(g).toMatchObject({ kind: 'table', sheet: 'Data', originRow: 3, originCol: 2 });
    expect(g.values).toEqual([
      ['Secondment ID', 'Start date', 'FTE'],
      ['S-1', fromYmd(2025, 4, 1), 0.5],
      ['S-2', '01/05/2025', 1],
    ]);
  });

  it('reads a plain sheet, rich text, booleans, errors, cached formula results and merged cells', async () => {
    const b = await bytes((wb) => {
      const ws = wb.addWorksheet('Vacancies');
      ws.getCell('A1').value = { richText: [{ text: 'Vacancy ' }, { font: { bold: true }, text: 'tracker' }] };
      ws.mergeCells('A1:C1');
      ws.getCell('A3').value = true;
      ws.getCell('B3').value = { formula: '1+1', result: 2 };
      ws.getCell('C3').value = { error: '#N/A' };
      ws.getCell('D3').value = { formula: 'TODAY()' };
    });
    const g = readXlsx(b, 'x.xlsx').grids.Vacancies!;
    expect(g.kind).toBe('sheet');
    expect(g.values[0]).toEqual(['Vacancy tracker', 'Vacancy tracker', 'Vacancy tracker']);
    expect(g.values[2]).toEqual([true, 2, '#N/A', '=TODAY()']);
  });

  it('reads single-cell defined names and a 1904-based workbook\'s dates in the 1900 system', async () => {
    let b = await bytes((wb) => {
      const ws = wb.addWorksheet('Board');
      ws.getCell('B2').value = new Date(Date.UTC(2025, 8, 30));
      ws.getCell('B2').numFmt = 'dd/mm/yyyy';
      ws.getCell('B3').value = 100;
      wb.definedNames.add('Board!$B$2', 'YOGB_as_of');
    });
    expect(readXlsx(b, 'x').names).toEqual({ YOGB_as_of: fromYmd(2025, 9, 30) });
    // The same serial in a 1904 workbook is 1,462 days later; a plain number is not moved.
    b = patch(b, 'xl/workbook.xml', (x) => x.replace(/<workbookPr[^>]*\/>/, '<workbookPr date1904="1"/>'));
    const raw = readXlsx(b, 'x');
    expect(raw.names).toEqual({ YOGB_as_of: fromYmd(2025, 9, 30) + 1462 });
    expect(raw.board!.values[2]![1]).toBe(100);
  });

  it('decodes Excel\'s _xHHHH_ escapes (the output edges remove the control characters)', async () => {
    const b = await bytes((wb) => {
      wb.addWorksheet('Disputes').getCell('A1').value = 'x';
    });
    const p = patch(b, 'xl/worksheets/sheet1.xml', (x) => x.replace(/<c r="A1"[^>]*>[\s\S]*?<\/c>/, '<c r="A1" t="inlineStr"><is><t>a_x001B_b</t></is></c>'));
    expect(readXlsx(p, 'x').grids.Disputes!.values[0]).toEqual(['a\u001bb']);
  });

  it('never allocates by declared size: a row numbered 2,000,000,000, a table to row 2,000,000,000, a merge of the whole grid', async () => {
    const b = await bytes((wb) => {
      const ws = wb.addWorksheet('Sheet');
      ws.addTable({ name: 'Secondments', ref: 'A1', columns: [{ name: 'Secondment ID' }, { name: 'YOT' }], rows: [['S-1', 'Y']] });
      wb.addWorksheet('Vacancies').getCell('A1').value = 'Vacancy ID';
    });
    let p = patch(b, 'xl/tables/table1.xml', (x) => x.replace(/ref="A1:B2"/g, 'ref="A1:T2000000000"'));
    p = patch(p, 'xl/worksheets/sheet2.xml', (x) =>
      x.replace('</sheetData>', '<row r="2000000000"><c r="A2000000000" t="inlineStr"><is><t>far</t></is></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'),
    );
    const raw = readXlsx(p, 'x');
    expect(raw.grids.Secondments!.values).toEqual([['Secondment ID', 'YOT'], ['S-1', 'Y']]);
    // Rows past Excel's 1,048,576 are not in any sheet Excel can open; the merge fills only cells in use.
    expect(raw.grids.Vacancies!.values).toEqual([['Vacancy ID']]);
  });
});
