/**
 * The pack built inside Excel gets native charts (src/adapters/excel/write-charts.ts),
 * driven through office-addin-mock: on the Board summary sheet, a stacked bar
 * chart of open vacancies by stage per YOT (and, with a previous quarter, the
 * quarter-on-quarter chart), each over its own figures written beside it, with
 * title, axis titles, legend and labelled bars; queued in the pack's existing
 * write batches, so the number of syncs does not change.
 */
import { fromYmd } from '../../src/core/dates';
import type { BarChart } from '../../src/core/pack/charts';
import type { PackDocument } from '../../src/core/pack/layout';
import type { Cell, RawWorkbook } from '../../src/core/records/types';
import { writePackSheets, type ExcelSupport, type WritePackStats } from '../../src/adapters/excel/write-pack';
import { chartsLastRow, placeCharts } from '../../src/adapters/excel/write-charts';
import { NO_PACK_SHEETS } from '../../src/adapters/excel/settings';
import { planPack } from '../../src/taskpane/pack-plan';
import { chartSettings, fakeWorkbook, mockWorkbook, type FakeSheet } from '../helpers/excel-mock';

const AS_OF = fromYmd(2025, 9, 30);
const YOTS = ['Liverpool YJS', 'Wirral YJS', 'Sefton YJS'];

/** Six open vacancies over three YOTs, at stages 1, 2 and 4 (stage 4 needs stage 1's date too). */
function raw(): RawWorkbook {
  const vac: Cell[][] = [['Vacancy ID', 'Region', 'PDU', 'YOT', 'Role', 'FTE', 'Vacant from', 'Stage 1 date', 'Stage 1 evidence', 'Stage 2 date', 'Stage 2 evidence', 'Stage 4 date', 'Stage 4 evidence']];
  for (let i = 0; i < 6; i++) {
    const from = fromYmd(2025, 3, 1 + i);
    const stage = [1, 2, 4][i % 3]!;
    vac.push([`NW-V${i + 1}`, 'North West', 'PDU A', YOTS[i % 3]!, 'PO', 1, from, from, 'EOI', stage >= 2 ? from + 10 : null, stage >= 2 ? 'Advert' : null, stage === 4 ? from + 40 : null, stage === 4 ? 'Interim' : null]);
  }
  const sec: Cell[][] = [['Secondment ID', 'Region', 'PDU', 'YOT', 'Role', 'FTE', 'Start date', 'Vetting cleared', 'Authorised officer'], ['NW-S1', 'North West', 'PDU A', 'Liverpool YJS', 'PO', 1, fromYmd(2025, 1, 6), fromYmd(2024, 12, 1), 'Y']];
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

/** Last quarter against this one, as core/pack/charts.ts describes it with --previous. */
const QUARTERS: BarChart = {
  id: 'quarter-on-quarter',
  title: 'Last quarter (2025/26 Q1) and this quarter (2025/26 Q2)',
  valueLabel: 'Number',
  categoryLabel: 'Figure',
  categories: ['Open vacancies', 'Reviews overdue'],
  series: [
    { name: 'Last quarter 2025/26 Q1', values: [4, 0] },
    { name: 'This quarter 2025/26 Q2', values: [6, 2] },
  ],
  mode: 'grouped',
};

const EVERYTHING: ExcelSupport = { conditionalFormats: true, freezePanes: true, printSetup: true, indent: true };

async function build(doc: PackDocument, support: ExcelSupport = EVERYTHING): Promise<{ syncs: number; sheet: FakeSheet }> {
  const mock = mockWorkbook(fakeWorkbook([{ name: 'Board' }]));
  const stats: WritePackStats = { syncs: 0, batchBytes: [] };
  await writePackSheets(mock.context, doc, { web: false, previous: NO_PACK_SHEETS, support, remember: async () => undefined }, stats);
  expect(mock.stats.syncs).toBe(stats.syncs);
  return { syncs: stats.syncs, sheet: mock.state.sheets.find((s) => s.name === 'YOGB Board summary')! };
}

/** The values the sheet holds over an A1 range, row by row ('' for an empty cell). */
function valuesAt(sheet: FakeSheet, address: string): (string | number | boolean)[][] {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(address)!;
  const col = (l: string) => l.split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const letter = (n: number) => (n <= 26 ? String.fromCharCode(64 + n) : String.fromCharCode(64 + Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26)));
  const out: (string | number | boolean)[][] = [];
  for (let r = Number(m[2]); r <= Number(m[4]); r++) {
    const row: (string | number | boolean)[] = [];
    for (let c = col(m[1]!); c <= col(m[3]!); c++) row.push(sheet.cells.get(`${letter(c)}${r}`) ?? '');
    out.push(row);
  }
  return out;
}

describe('Excel adapter: native charts on the Board summary', () => {
  let doc: PackDocument;
  beforeAll(() => {
    doc = planPack(raw(), { asOf: AS_OF, meetingDate: null, includeNames: false, today: AS_OF, now: new Date('2025-10-01T09:00:00Z') }).doc;
  });

  it('adds a stacked bar chart of open vacancies by stage per YOT over its own figures, titled, with axis titles, legend and labels', async () => {
    const chart = doc.charts![0]!;
    expect(chart.id).toBe('vacancies-by-stage');
    const { sheet } = await build(doc);
    expect(sheet.charts).toHaveLength(1);
    const added = sheet.charts[0]!;
    const layout = doc.sheets.find((s) => s.name === 'Board summary')!;
    const [place] = placeCharts(layout, doc.charts!);
    expect(added.type).toBe('BarStacked');
    expect(added.seriesBy).toBe('Columns');
    expect(added.source).toBe(place!.source);

    // The source holds the figures: the stages in words across the top, a YOT a row, each YOT's count at its stage (blank: none).
    const figures = valuesAt(sheet, added.source);
    expect(figures[0]).toEqual(['', 'Stage 1', 'Stage 2', 'Stage 3', 'Stage 4', 'Stage 5']);
    expect(figures.slice(1).map((r) => r[0])).toEqual(chart.categories);
    for (const [i, yot] of chart.categories.entries()) {
      const row = figures[i + 1]!;
      chart.series.forEach((s, k) => expect(row[k + 1]).toBe(s.values[i] === 0 ? '' : s.values[i]));
      expect(YOTS).toContain(yot);
    }
    // Two vacancies in each YOT, at stages 1, 2 and 4 between them.
    expect(chart.series.map((s) => s.values.reduce((a, b) => a + b, 0))).toEqual([2, 2, 0, 2, 0]);

    const set = chartSettings(added);
    expect(set['title.text']).toBe(chart.title);
    expect(set['axes.valueAxis.title.text']).toBe('Open vacancies (number)');
    expect(set['axes.categoryAxis.title.text']).toBe('YOT');
    expect(set['legend.visible']).toBe(true);
    expect(set['legend.position']).toBe('Top');
    expect(set['dataLabels.showValue']).toBe(true);
    expect(set['dataLabels.showSeriesName']).toBe(true);
    expect(set['axes.valueAxis.minimum']).toBe(0);
    // Across the printed columns, below everything the layout writes.
    const lastLayoutRow = Math.max(...layout.tables.map((t) => t.headerRow + t.rows.length), ...layout.lines.map((l) => l.row));
    expect(set['setPosition()']).toEqual([`A${place!.top}`, `D${place!.top + place!.rows - 1}`]);
    expect(place!.top).toBeGreaterThan(lastLayoutRow);
  });

  it('adds the quarter-on-quarter chart as clustered bars under the first, and prints both', async () => {
    const both = { ...doc, charts: [...doc.charts!, QUARTERS] };
    const { sheet } = await build(both);
    expect(sheet.charts.map((c) => c.type)).toEqual(['BarStacked', 'BarClustered']);
    const second = sheet.charts[1]!;
    expect(valuesAt(sheet, second.source)).toEqual([
      ['', 'Last quarter 2025/26 Q1', 'This quarter 2025/26 Q2'],
      ['Open vacancies', 4, 6],
      ['Reviews overdue', 0, 2],
    ]);
    const set = chartSettings(second);
    expect(set['title.text']).toBe(QUARTERS.title);
    expect(set['axes.categoryAxis.title.text']).toBe('Figure');
    expect(set['dataLabels.showValue']).toBe(true);
    const [first, next] = placeCharts(doc.sheets.find((s) => s.name === 'Board summary')!, both.charts);
    expect(next!.top).toBeGreaterThan(first!.top + first!.rows - 1);
    // The print area reaches down to the second chart's last row.
    const last = chartsLastRow(doc.sheets.find((s) => s.name === 'Board summary')!, both.charts);
    expect(last).toBe(next!.top + next!.rows - 1);
    expect(sheet.pageLayout).toContainEqual(['setPrintArea()', [`A1:D${last}`]]);
  });

  it('costs no extra sync: the charts ride in the pack’s write batches', async () => {
    const withCharts = await build({ ...doc, charts: [...doc.charts!, QUARTERS] });
    const without = await build({ ...doc, charts: [] });
    expect(without.sheet.charts).toHaveLength(0);
    expect(withCharts.syncs).toBe(without.syncs);
    expect(withCharts.syncs).toBe(3);
  });

  it('still adds the charts on an Excel at the manifest’s minimum (ExcelApi 1.4), without print setup', async () => {
    const { sheet, syncs } = await build(doc, { conditionalFormats: false, freezePanes: false, printSetup: false, indent: false });
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.pageLayout).toEqual([]);
    expect(syncs).toBe(2);
  });
});
