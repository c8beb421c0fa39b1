/**
 * The pack's charts as pictures in the .xlsx (the file `yot pack` writes, and
 * the browser's file mode): each chart description (core/pack/charts.ts) drawn
 * as SVG by core/pack/chart-svg.ts — the same drawing the PDF embeds — and
 * turned into PNG by resvg compiled to WebAssembly (@resvg/resvg-wasm: no
 * native build, no network, the same on every platform), with pdfmake's
 * bundled Roboto so the letters match the PDF's.
 *
 * The pictures go on the Board summary sheet, below its figures and decisions,
 * from a new printed page (the summary keeps its one page), each under its
 * title and a one-line description in cells (exceljs writes no alt text on a
 * picture, so the words are in the cells beside it), inside the sheet's print
 * area.
 *
 * The WebAssembly module and the fonts come from ./chart-raster (files on disk
 * in Node; the browser build swaps in src/adapters/file/chart-raster.ts, a lazy
 * chunk). Loaded once per process.
 */
import type ExcelJS from 'exceljs';
import type { BarChart } from '../../core/pack/charts';
import { chartSvg } from '../../core/pack/chart-svg';
import { SHEET_NAMES, type PackDocument } from '../../core/pack/document';
import { chartFonts, resvgWasm } from './chart-raster';
import { columnLetter } from '../../core/a1';

/** The sheet the charts go on. */
export const CHARTS_SHEET = SHEET_NAMES[1];
/** Pixels per point of the PNG: twice print resolution at 100%, so the 9 pt labels stay sharp on screen and paper. */
const ZOOM = 2;
/** Excel draws a column of width w at about 5.25 points per unit (LibreOffice wider): a chart this wide stays inside the printed columns in both. */
const EXCEL_POINTS_PER_WIDTH = 5.25;
/** The widest chart: the A4 landscape page less its margins. */
const MAX_WIDTH_POINTS = 760;
/** Rows under the charts are this tall (points), so the rows a picture covers, and so the print area, are known. */
const ROW_POINTS = 15;
/** Room on one printed A4 landscape page for charts and their captions (points, below the header). */
const PAGE_POINTS = 440;

export interface ChartPicture {
  readonly chart: BarChart;
  readonly png: Uint8Array;
  /** The size to draw it at, in points (the PNG has ZOOM pixels per point). */
  readonly widthPoints: number;
  readonly heightPoints: number;
}

type Resvg = typeof import('@resvg/resvg-wasm');
let ready: Promise<{ resvg: Resvg; fonts: Uint8Array[] }> | null = null;

function converter(): Promise<{ resvg: Resvg; fonts: Uint8Array[] }> {
  ready ??= (async () => {
    const resvg = await import(/* webpackChunkName: "resvg" */ '@resvg/resvg-wasm');
    const [wasm, fonts] = await Promise.all([resvgWasm(), chartFonts()]);
    await resvg.initWasm(wasm);
    return { resvg, fonts };
  })();
  // A failed load may be retried (the next pack asks again).
  ready.catch(() => {
    ready = null;
  });
  return ready;
}

/** Width and height of a PNG, from its header (IHDR); null when the bytes are not a PNG. */
export function pngSize(png: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.length < 24 || signature.some((b, i) => png[i] !== b)) return null;
  if (String.fromCharCode(png[12]!, png[13]!, png[14]!, png[15]!) !== 'IHDR') return null;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Each chart as a PNG `widthPoints` wide (its height follows from its bars). */
export async function chartPictures(charts: readonly BarChart[], widthPoints = MAX_WIDTH_POINTS): Promise<ChartPicture[]> {
  if (charts.length === 0) return [];
  const { resvg, fonts } = await converter();
  return charts.map((chart) => {
    const svg = chartSvg(chart, Math.round(widthPoints));
    const r = new resvg.Resvg(svg, {
      font: { fontBuffers: fonts, defaultFontFamily: 'Roboto', sansSerifFamily: 'Roboto' },
      fitTo: { mode: 'zoom', value: ZOOM },
      background: '#FFFFFF',
    });
    try {
      const image = r.render();
      try {
        return { chart, png: image.asPng(), widthPoints: image.width / ZOOM, heightPoints: image.height / ZOOM };
      } finally {
        image.free();
      }
    } finally {
      r.free();
    }
  });
}

/**
 * One line that says what a chart shows, for the cell beside its picture (and
 * for anyone who cannot see it): the kind of chart, what is measured for what,
 * and the words of its legend.
 */
export function chartDescription(chart: BarChart): string {
  // 'YOT' stays in capitals; 'Figure' becomes 'figure'.
  const lower = (t: string) => (t === t.toUpperCase() ? t : t.toLowerCase());
  const n = chart.categories.length;
  const what = lower(chart.valueLabel.replace(/ \(number\)$/, ''));
  if (chart.mode === 'stacked') {
    return `Stacked bar chart of ${what} for each of ${n} ${lower(chart.categoryLabel)}s, a segment each for ${chart.series.map((s) => s.name).join(", ")}; every bar is labelled with its number. The same figures are in the tables of this pack.`;
  }
  return `Bar chart of ${chart.categories.join(' and ')}: one bar each for ${chart.series.map((s) => s.name).join(' and ')}, labelled with its number. The same figures are in the tables of this pack.`;
}

/** Base64 without Node's Buffer (this also runs in the browser's file mode). */
function base64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}


/**
 * Put the document's charts on the Board summary sheet of a workbook made by
 * renderPackXlsx: from a new printed page below the sheet's last row, each
 * picture under its title and description, the print area stretched to cover
 * them. A pack without charts, or without the sheet, is left as it is.
 */
export async function addChartImages(wb: ExcelJS.Workbook, doc: PackDocument): Promise<void> {
  const charts = doc.charts ?? [];
  const sheet = doc.sheets.find((s) => s.name === CHARTS_SHEET);
  const ws = wb.getWorksheet(CHARTS_SHEET);
  if (charts.length === 0 || sheet === undefined || ws === undefined) return;
  const printed = Math.max(1, sheet.print.printColumns);
  const width = Math.min(MAX_WIDTH_POINTS, sheet.columnWidths.slice(0, printed).reduce((n, w) => n + (w + 0.7) * EXCEL_POINTS_PER_WIDTH, 0));
  // Should the drawer fail to load (a browser that cannot fetch the add-in's .wasm), the pack is still written:
  // each chart's title and description, and a sentence saying it is not drawn, in place of the picture.
  const pictures: (ChartPicture | { chart: BarChart; png: null; widthPoints: number; heightPoints: number })[] = await chartPictures(charts, width).catch(() =>
    charts.map((chart) => ({ chart, png: null, widthPoints: width, heightPoints: 0 })),
  );
  let row = ws.rowCount + 1;
  // The charts start a printed page of their own; a chart that would not fit under the one before starts another.
  ws.getRow(row - 1).addPageBreak();
  let used = 0;
  pictures.forEach((p, i) => {
    const rows = Math.ceil(p.heightPoints / ROW_POINTS);
    const need = 2 * 18 + rows * ROW_POINTS;
    if (i > 0 && used + need > PAGE_POINTS) {
      ws.getRow(row - 1).addPageBreak();
      used = 0;
    }
    used += need;
    const title = ws.getCell(row, 1);
    title.value = p.chart.title;
    title.font = { name: 'Arial', size: 11, bold: true };
    ws.getRow(row).height = 18;
    const words = ws.getCell(row + 1, 1);
    words.value = p.png === null ? `${chartDescription(p.chart)} The chart could not be drawn here; the PDF of this pack (yot pack --pdf) has it.` : chartDescription(p.chart);
    words.font = { name: 'Arial', size: 10, italic: true };
    words.alignment = { vertical: 'top', wrapText: true };
    if (printed > 1) ws.mergeCells(row + 1, 1, row + 1, printed);
    // Two lines' room: the description wraps within the printed width.
    ws.getRow(row + 1).height = 28;
    const top = row + 2;
    if (p.png === null) {
      row = top + 1;
      return;
    }
    for (let r = top; r < top + rows; r++) ws.getRow(r).height = ROW_POINTS;
    const id = wb.addImage({ base64: base64(p.png), extension: 'png' });
    // exceljs sizes pictures in 96-dpi pixels; 4/3 of a point each.
    ws.addImage(id, { tl: { col: 0, row: top - 1 }, ext: { width: (p.widthPoints * 4) / 3, height: (p.heightPoints * 4) / 3 }, editAs: 'oneCell' });
    row = top + rows + 1;
  });
  ws.pageSetup.printArea = `A$1:${columnLetter(printed)}$${row - 1}`;
}
