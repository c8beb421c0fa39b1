/**
 * The pack's charts as native Excel charts, for the pack built inside Excel
 * (Office.js): the same chart descriptions (core/pack/charts.ts) the PDF and
 * the CLI's .xlsx draw as pictures, here made into charts a board member can
 * click, resize and restyle.
 *
 * On the Board summary sheet, below its figures and decisions: each chart
 * across the printed columns (A to D), its figures in a small range beside it
 * (outside the print area) as the chart's source, headed in words. Title, axis
 * titles, a legend at the top, and every bar labelled with its number (and, on
 * stacked bars, its stage in words), so colour is never the only cue.
 *
 * Every call is ExcelApi 1.1–1.2 (under the manifest's 1.4), and everything is
 * queued into write-pack.ts's existing batches: no sync of its own. The page
 * break before the charts is print setup (ExcelApi 1.9), queued with it.
 */
import type { BarChart } from '../../core/pack/charts';
import type { LayoutSheet } from '../../core/pack/layout';
import { SHEET_NAMES } from '../../core/pack/document';
import { columnLetter } from '../../core/a1';
import { ACTION_BYTES, widthInPoints } from './write-pack';

/** The sheet the charts go on (its layout name; in Excel, "YOGB Board summary"). */
const CHARTS_SHEET: string = SHEET_NAMES[1];
/** Rows under a chart are set this tall (points), so a chart's size in rows is known without reading the sheet back. */
const ROW_POINTS = 15;
/** Width (characters) of the category column of a chart's figures. */
const LABEL_WIDTH = 32;

/** A queued write and its estimated request size, as write-pack.ts batches them. */
export interface ChartStep {
  readonly bytes: number;
  run(): void;
}

/** A pack sheet as write-pack.ts plans it: its layout, and the Excel sheet once it exists. */
export interface ChartSheet {
  readonly layout: LayoutSheet;
  readonly sheet: () => Excel.Worksheet;
}

/** Where one chart goes: its rows (from `top`, `rows` tall) and its figures' range. */
export interface ChartPlace {
  readonly chart: BarChart;
  readonly top: number;
  readonly rows: number;
  /** The figures: a header row of series names, then a row per category (A1 notation, no sheet). */
  readonly source: string;
  readonly firstColumn: number;
}

/** The last row the layout writes on a sheet. */
function lastRow(s: LayoutSheet): number {
  return Math.max(...s.lines.map((l) => l.row), ...s.fields.map((f) => f.row), ...s.tables.map((t) => t.headerRow + t.rows.length + (t.totals !== null ? 1 : 0)), 1);
}

/** Rows a chart takes: room for the title, legend and axis, and a bar (or group) per category. */
function chartRows(c: BarChart): number {
  const perCategory = c.mode === 'stacked' ? 20 : 14 * c.series.length + 10;
  return Math.max(14, Math.ceil((110 + perCategory * c.categories.length) / ROW_POINTS));
}

/** Where each chart goes on the sheet: one under another from two rows below the layout's last row, figures to the right of the printed columns. */
export function placeCharts(s: LayoutSheet, charts: readonly BarChart[]): ChartPlace[] {
  const firstColumn = Math.max(s.print.printColumns, s.columnWidths.length) + 2;
  let top = lastRow(s) + 2;
  return charts.map((chart) => {
    const rows = Math.max(chartRows(chart), chart.categories.length + 3);
    // The figures' heading sits on the chart's first row, the series names on the next, then the categories.
    const source = `${columnLetter(firstColumn)}${top + 1}:${columnLetter(firstColumn + chart.series.length)}${top + 1 + chart.categories.length}`;
    const place = { chart, top, rows, source, firstColumn };
    top += rows + 1;
    return place;
  });
}

/** The last row the charts take on a sheet (its print area reaches down to it), or 0 when the sheet has none. */
export function chartsLastRow(s: LayoutSheet, charts: readonly BarChart[]): number {
  if (s.name !== CHARTS_SHEET) return 0;
  const places = placeCharts(s, charts);
  const last = places[places.length - 1];
  return last === undefined ? 0 : last.top + last.rows - 1;
}

/** The figures as the chart reads them: a blank corner, the series names, then each category and its values (a stacked chart's zeros left blank, so no empty segment gets a label). */
function figures(c: BarChart): (string | number)[][] {
  return [['', ...c.series.map((s) => s.name)], ...c.categories.map((cat, i) => [cat, ...c.series.map((s) => (c.mode === 'stacked' && (s.values[i] ?? 0) === 0 ? '' : (s.values[i] ?? 0)))])];
}

/**
 * Queue the charts of `charts` on the Board summary among `sheets` (nothing
 * when it is not there or there are no charts): one step per chart, added to
 * the caller's batches.
 */
export function queueCharts(batches: { add(step: ChartStep): void }, charts: readonly BarChart[], sheets: readonly ChartSheet[]): void {
  const target = sheets.find((s) => s.layout.name === CHARTS_SHEET);
  if (target === undefined || charts.length === 0) return;
  const s = target.layout;
  const lastPrinted = columnLetter(Math.max(1, s.print.printColumns));
  for (const p of placeCharts(s, charts)) {
    const data = figures(p.chart);
    const c = p.chart;
    const max = Math.max(0, ...c.categories.map((_, i) => (c.mode === 'stacked' ? c.series.reduce((n, x) => n + (x.values[i] ?? 0), 0) : Math.max(0, ...c.series.map((x) => x.values[i] ?? 0)))));
    batches.add({
      bytes: ACTION_BYTES * 24 + JSON.stringify(data).length + c.title.length * 2,
      run() {
        const ws = target.sheet();
        // Rows of a known height, so the chart's cells and its print area match its size.
        ws.getRange(`${p.top}:${p.top + p.rows - 1}`).format.rowHeight = ROW_POINTS;
        const label = columnLetter(p.firstColumn);
        ws.getRange(`${label}:${label}`).format.columnWidth = widthInPoints(LABEL_WIDTH);
        const heading = ws.getRange(`${label}${p.top}`);
        heading.numberFormat = [['@']];
        heading.values = [[`Figures for the chart "${c.title}"${c.mode === 'stacked' ? ' (blank: none)' : ''}`]];
        heading.format.font.bold = true;
        const source = ws.getRange(p.source);
        source.values = data;
        ws.getRange(`${label}${p.top + 1}:${columnLetter(p.firstColumn + c.series.length)}${p.top + 1}`).format.font.bold = true;

        const chart = ws.charts.add(c.mode === 'stacked' ? 'BarStacked' : 'BarClustered', source, 'Columns');
        chart.name = `YOGB ${c.id}`;
        chart.setPosition(`A${p.top}`, `${lastPrinted}${p.top + p.rows - 1}`);
        chart.title.text = c.title;
        chart.legend.visible = true;
        chart.legend.position = 'Top';
        const value = chart.axes.valueAxis;
        value.title.text = c.valueLabel;
        value.minimum = 0;
        // Whole numbers on the axis for small counts (no "0.5 vacancies").
        if (max <= 10) value.majorUnit = 1;
        chart.axes.categoryAxis.title.text = c.categoryLabel;
        // Every bar carries its number; a stacked bar's segments their stage too ("Stage 4, 1").
        chart.dataLabels.showValue = true;
        chart.dataLabels.showSeriesName = c.mode === 'stacked';
      },
    });
  }
}
