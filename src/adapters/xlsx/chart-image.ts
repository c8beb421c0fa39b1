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
 * title and a one-line description in cells (the same words are the
 * picture's alt text), inside the sheet's print area. This module plans where
 * they go (chartBlock); write-pack.ts writes them.
 *
 * The WebAssembly module and the fonts come from ./chart-raster (files on disk
 * in Node; the browser build swaps in src/adapters/file/chart-raster.ts, a lazy
 * chunk). Loaded once per process.
 */
import type { BarChart } from '../../core/pack/charts';
import { chartSvg } from '../../core/pack/chart-svg';
import { SHEET_NAMES, type PackDocument } from '../../core/pack/document';
import { chartFonts, resvgWasm } from './chart-raster';
import { lastRow } from '../../core/pack/print';

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

/** One chart's place on the Board summary: its title and description in column A, its picture below them. */
export interface ChartEntry {
  readonly chart: BarChart;
  /** Row of the title (bold); the description is on the row below, merged across the printed columns. */
  readonly titleRow: number;
  readonly description: string;
  /** The PNG and where it goes (its top-left corner at column A of `top`), or null when it could not be drawn. */
  readonly picture: { readonly png: Uint8Array; readonly top: number; readonly rows: number; readonly widthPoints: number; readonly heightPoints: number } | null;
}

export interface ChartBlock {
  readonly sheet: string;
  /** Columns A.. this one are printed: the descriptions are merged across them. */
  readonly printColumns: number;
  readonly entries: readonly ChartEntry[];
  /** Manual page breaks, after each of these rows. */
  readonly breaksAfter: readonly number[];
  /** Heights (points) of the rows the block uses. */
  readonly heights: ReadonlyMap<number, number>;
  /** The block's last row: the print area reaches it. */
  readonly lastRow: number;
}

/** Title and description row heights, points (the description has two lines' room: it wraps within the printed width). */
export const TITLE_POINTS = 18;
export const DESCRIPTION_POINTS = 28;

/**
 * Where the document's charts go on the Board summary: from a new printed page
 * below the sheet's last row, each picture under its title and description; a
 * chart that would not fit under the one before starts another page. Null for
 * a pack without charts, or without the sheet. The writer (write-pack.ts)
 * puts the block in the sheet and stretches the print area over it.
 */
export async function chartBlock(doc: PackDocument): Promise<ChartBlock | null> {
  const charts = doc.charts ?? [];
  const sheet = doc.sheets.find((s) => s.name === CHARTS_SHEET);
  if (charts.length === 0 || sheet === undefined) return null;
  const printed = Math.max(1, sheet.print.printColumns);
  const width = Math.min(MAX_WIDTH_POINTS, sheet.columnWidths.slice(0, printed).reduce((n, w) => n + (w + 0.7) * EXCEL_POINTS_PER_WIDTH, 0));
  // Should the drawer fail to load (a browser that cannot fetch the add-in's .wasm), the pack is still written:
  // each chart's title and description, and a sentence saying it is not drawn, in place of the picture.
  const pictures: (ChartPicture | { chart: BarChart; png: null; widthPoints: number; heightPoints: number })[] = await chartPictures(charts, width).catch(() =>
    charts.map((chart) => ({ chart, png: null, widthPoints: width, heightPoints: 0 })),
  );
  let row = lastRow(sheet) + 1;
  // The charts start a printed page of their own; a chart that would not fit under the one before starts another.
  const breaksAfter = [row - 1];
  const heights = new Map<number, number>();
  const entries: ChartEntry[] = [];
  let used = 0;
  pictures.forEach((p, i) => {
    const rows = Math.ceil(p.heightPoints / ROW_POINTS);
    const need = 2 * 18 + rows * ROW_POINTS;
    if (i > 0 && used + need > PAGE_POINTS) {
      breaksAfter.push(row - 1);
      used = 0;
    }
    used += need;
    heights.set(row, TITLE_POINTS);
    heights.set(row + 1, DESCRIPTION_POINTS);
    const top = row + 2;
    const description = p.png === null ? `${chartDescription(p.chart)} The chart could not be drawn here; the PDF of this pack (yot pack --pdf) has it.` : chartDescription(p.chart);
    if (p.png === null) {
      entries.push({ chart: p.chart, titleRow: row, description, picture: null });
      row = top + 1;
      return;
    }
    for (let r = top; r < top + rows; r++) heights.set(r, ROW_POINTS);
    entries.push({ chart: p.chart, titleRow: row, description, picture: { png: p.png, top, rows, widthPoints: p.widthPoints, heightPoints: p.heightPoints } });
    row = top + rows + 1;
  });
  return { sheet: CHARTS_SHEET, printColumns: printed, entries, breaksAfter, heights, lastRow: row - 1 };
}
