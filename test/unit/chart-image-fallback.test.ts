/**
 * When the chart drawer cannot load (a browser that cannot fetch the add-in's
 * .wasm), the .xlsx pack is still written: each chart's title and description
 * stay on the Board summary with a sentence saying it is not drawn there, and
 * no picture. Here the loader is made to fail.
 */
import ExcelJS from 'exceljs';
import { fromYmd } from '../../src/core/dates';
import type { RawWorkbook } from '../../src/core/records/types';
import { packXlsxBytes } from '../../src/adapters/xlsx/write-pack';
import { planPack } from '../../src/taskpane/pack-plan';

jest.mock('../../src/adapters/xlsx/chart-raster', () => ({
  resvgWasm: () => Promise.reject(new Error('offline')),
  chartFonts: () => Promise.resolve([]),
}));

const AS_OF = fromYmd(2025, 9, 30);

function raw(): RawWorkbook {
  return {
    source: 'this workbook',
    sheetNames: ['Board', 'Vacancies'],
    grids: {
      Vacancies: {
        kind: 'table',
        sheet: 'Vacancies',
        originRow: 1,
        originCol: 1,
        values: [
          ['Vacancy ID', 'Region', 'PDU', 'YOT', 'Role', 'FTE', 'Vacant from', 'Stage 1 date', 'Stage 1 evidence'],
          ['NW-V1', 'North West', 'PDU A', 'Wirral YJS', 'PO', 1, fromYmd(2025, 3, 1), fromYmd(2025, 3, 1), 'EOI'],
        ],
      },
    },
    board: { kind: 'sheet', sheet: 'Board', originRow: 1, originCol: 1, values: [['Region', 'North West'], ['As-of date', AS_OF]] },
    names: {},
  };
}

it('writes the pack without pictures, saying so beside each chart’s title', async () => {
  const { doc } = planPack(raw(), { asOf: AS_OF, meetingDate: null, includeNames: false, today: AS_OF, now: new Date('2025-10-01T09:00:00Z') });
  expect(doc.charts).toHaveLength(1);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await packXlsxBytes(doc)) as unknown as ArrayBuffer);
  const board = wb.getWorksheet('Board summary')!;
  expect(board.getImages()).toEqual([]);
  const cells: string[] = [];
  board.eachRow((r) => cells.push(String(r.getCell(1).value ?? '')));
  const at = cells.indexOf(doc.charts![0]!.title);
  expect(at).toBeGreaterThan(0);
  expect(cells[at + 1]).toMatch(/^Stacked bar chart of open vacancies .* The chart could not be drawn here; the PDF of this pack \(yot pack --pdf\) has it\.$/);
});
