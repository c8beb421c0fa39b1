/**
 * The pack as a print-ready PDF, written directly with pdfmake (no LibreOffice,
 * no network): the same laid-out document (core/pack/layout.ts) the .xlsx
 * writer takes, as a board paper. Cover with a contents list and page numbers,
 * then each sheet from a new page in the pack's order (Board summary with the
 * decisions, Movement, the detail sheets, the Data quality appendix), tables
 * with their header row repeated on every page, "OFFICIAL-SENSITIVE" at the top
 * and bottom of every page and "Page n of N". Only the columns the layout
 * prints; body text 9 pt, tables 8 pt (a board paper's sizes, its own); the
 * fills, colours, alignment, title sizes and margins are the document's style
 * (core/pack/style.ts), as in both Excel writers. The Board summary's charts (core/pack/charts.ts)
 * are drawn as SVG by core/pack/chart-svg.ts and embedded with pdfmake's svg node. Fonts: Roboto, bundled in pdfmake.
 *
 * Loaded lazily (a dynamic import) by the CLI, so it never grows start-up; the task pane renders the
 * same definition with pdfmake's browser build (browser.ts), also loaded only when asked for.
 */
import PdfPrinter from 'pdfmake';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatUk } from '../../core/dates';
import type { BarChart } from '../../core/pack/charts';
import { chartSvg } from '../../core/pack/chart-svg';
import { money, type CellValue, type LayoutColumn, type LayoutField, type LayoutSheet, type PackDocument } from '../../core/pack/layout';
import { printableWidthPoints, type PackStyle } from '../../core/pack/style';

/** The smallest text in the PDF: table cells. */
export const PDF_TABLE_POINTS = 8;
const BODY_POINTS = 9;
/** The charts' width in points: the A4 landscape page less its margins. */
const CHART_WIDTH = 760;

/** The bundled Roboto files in pdfmake's virtual file system, by style (the browser renderer uses the same). */
export const PDF_FONT_FILES = { normal: 'Roboto-Regular.ttf', bold: 'Roboto-Medium.ttf', italics: 'Roboto-Italic.ttf', bolditalics: 'Roboto-MediumItalic.ttf' } as const;

function fonts(): ConstructorParameters<typeof PdfPrinter>[0] {
  // pdfmake ships Roboto as base64 in its virtual file system: no file outside the package, no network.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const vfs = require('pdfmake/build/vfs_fonts.js') as { pdfMake?: { vfs: Record<string, string> } } & Record<string, string>;
  const files = vfs.pdfMake?.vfs ?? vfs;
  const font = (name: string) => Buffer.from(files[name]!, 'base64');
  return { Roboto: { normal: font(PDF_FONT_FILES.normal), bold: font(PDF_FONT_FILES.bold), italics: font(PDF_FONT_FILES.italics), bolditalics: font(PDF_FONT_FILES.bolditalics) } };
}

/**
 * Text in the bundled font: Roboto has no arrows, so '▲ up 2' prints as '+ up 2',
 * '▼ down 1' as '- down 1' and 'stage 2 → 4' as 'stage 2 to 4' (the words carry the meaning).
 */
export function pdfText(text: string): string {
  return text.replace(/▲/g, '+').replace(/▼/g, '-').replace(/ ?→ ?/g, ' to ');
}

function cellText(v: CellValue, c: LayoutColumn): string {
  if (v === null) return '';
  if (typeof v === 'object') return pdfText(v.label);
  if (typeof v === 'string') return pdfText(v);
  switch (c.kind) {
    case 'date':
      return formatUk(v);
    case 'money':
      return money(v);
    case 'fte':
    case 'number':
      return v.toFixed(2);
    default:
      return String(v);
  }
}

/** The document's alignment for a column, in pdfmake's words. */
function alignment(style: PackStyle, c: LayoutColumn): 'left' | 'right' | 'center' {
  const a = style.align[c.kind];
  return a === 'centre' ? 'center' : a;
}

/** A4 landscape less the style's side margins, in points. */
function pageWidth(style: PackStyle): number {
  return printableWidthPoints('A4', 'landscape', style.margins);
}

/**
 * Column widths in points: numbers and dates get the room their widest value
 * needs at 8 pt (so "31/05/2024" never breaks), text and RAG columns share the
 * rest in proportion to their widths in the sheet (and wrap).
 */
function columnWidths(columns: readonly LayoutColumn[], style: PackStyle): number[] {
  const fixed = (c: LayoutColumn) => c.kind !== 'text' && c.kind !== 'rag';
  // pdfmake's widths leave out each cell's 4 pt padding either side. 8 pt Roboto digits are 4.45 pt wide.
  const available = pageWidth(style) - columns.length * 8 - 2;
  const natural = columns.map((c) => (c.kind === 'date' ? 46 : Math.max(c.width * 4.2, 20)));
  const used = columns.reduce((n, c, i) => n + (fixed(c) ? natural[i]! : 0), 0);
  const flexible = columns.reduce((n, c) => n + (fixed(c) ? 0 : c.width), 0);
  const widths = columns.map((c, i) => (fixed(c) ? natural[i]! : flexible === 0 ? natural[i]! : Math.max(30, ((available - used) * c.width) / flexible)));
  // Still too wide (very many columns): everything narrows in proportion, text wrapping.
  const total = widths.reduce((a, b) => a + b, 0);
  return total > available ? widths.map((w) => (w * available) / total) : widths;
}

function fieldText(f: LayoutField): string {
  if (f.value === null) return '';
  if (typeof f.value === 'number' && f.kind === 'date') return formatUk(f.value);
  if (typeof f.value === 'number' && f.kind === 'money') return money(f.value);
  return pdfText(String(f.value));
}

function sheetContent(s: LayoutSheet, style: PackStyle, first: boolean, withTables = true, charts: readonly BarChart[] = []): Content[] {
  const out: Content[] = [];
  const headerCell = (c: LayoutColumn): TableCell => ({ text: c.header, bold: style.header.font.bold, color: `#${style.header.font.colour ?? '000000'}`, fillColor: `#${style.header.fill}`, alignment: alignment(style, c) });
  const rule = { hLineWidth: () => 0.5, vLineWidth: () => 0, hLineColor: () => `#${style.rowRule}` };
  const tableStarts = new Map(s.tables.map((t) => [t.headerRow, t] as const));
  // Lines and tables in sheet-row order (a heading line sits above the Board summary's second table).
  const items: { row: number; content: Content }[] = [];
  s.lines.forEach((l, i) => {
    const style = l.style === 'title' ? 'title' : l.style === 'subtitle' ? 'subtitle' : 'note';
    items.push({
      row: l.row,
      content: { text: pdfText(l.text), style, ...(l.style === 'title' ? { tocItem: true, ...(first || i > 0 ? {} : { pageBreak: 'before' as const }) } : {}) },
    });
  });
  if (s.fields.length > 0) {
    items.push({
      row: s.fields[0]!.row,
      content: {
        table: { widths: [150, '*'], body: s.fields.map((f): TableCell[] => [{ text: f.label, bold: style.fieldLabel.bold }, { text: fieldText(f) }]) },
        layout: 'noBorders',
        margin: [0, 4, 0, 8],
      },
    });
  }
  for (const [row, t] of withTables ? [...tableStarts] : []) {
    const printed = t.columns.slice(0, Math.min(t.columns.length, s.print.printColumns));
    const widths = columnWidths(printed, style);
    const header: TableCell[] = printed.map(headerCell);
    const body: TableCell[][] = t.rows.map((r) =>
      printed.map((c, i): TableCell => {
        const v = r[i] ?? null;
        if (v !== null && typeof v === 'object') {
          const rag = style.rag[v.rag];
          return { text: pdfText(v.label), fillColor: `#${rag.fill}`, color: `#${rag.font.colour ?? '000000'}`, bold: rag.font.bold };
        }
        return { text: cellText(v, c), alignment: alignment(style, c) };
      }),
    );
    // The Board summary's figures print in two halves side by side, rows tighter, so the figures and the
    // decisions fit one printed page (text stays 8 pt).
    if (s.name === 'Board summary' && t === s.tables[0] && !t.totals && body.length > 8) {
      const half = Math.ceil(body.length / 2);
      const part = (rows: TableCell[][]): Content => ({
        // Half the page each: the figure's name wide, the values and the change narrow (8 pt "£95,000" is 30 pt).
        table: { headerRows: 1, dontBreakRows: true, widths: [printed.length > 2 ? 186 : 280, ...printed.slice(1).map((_, i) => (i === 2 ? 62 : 44))], body: [printed.map(headerCell), ...rows] },
        layout: { ...rule, paddingTop: () => 1, paddingBottom: () => 1 },
        fontSize: PDF_TABLE_POINTS,
      });
      items.push({ row, content: { columns: [part(body.slice(0, half)), part(body.slice(half))], columnGap: 14, margin: [0, 4, 0, 6] } });
      continue;
    }
    const tight = s.name === 'Board summary';
    if (t.totals) body.push(printed.map((c, i): TableCell => ({ text: typeof t.totals![i] === 'string' ? String(t.totals![i]) : cellText((t.totals![i] as number | null) ?? null, c), bold: style.totals.bold, alignment: alignment(style, c) })));
    items.push({
      row,
      content: {
        table: { headerRows: 1, dontBreakRows: true, widths, body: [header, ...body] },
        layout: { ...rule, paddingTop: () => (tight ? 1 : 2), paddingBottom: () => (tight ? 1 : 2) },
        fontSize: PDF_TABLE_POINTS,
        margin: [0, 4, 0, 8],
      },
    });
  }
  // The charts follow the Board summary's figures and decisions (which share its first page).
  if (s.name === 'Board summary' && charts.length > 0) {
    charts.forEach((c, i) =>
      // No forced page break (it could leave a blank page after a full one): an SVG is never split, so a chart that
      // does not fit below the decisions starts the next page.
      items.push({ row: 1e9 + i, content: { svg: chartSvg(c, CHART_WIDTH), width: CHART_WIDTH, margin: [0, 6, 0, 10] } }),
    );
  }
  items.sort((a, b) => a.row - b.row);
  for (const i of items) out.push(i.content);
  return out;
}

/**
 * The pack as pdfmake's document definition: what both renderers take (renderPackPdf here in Node, for
 * `yot pack --pdf`; browser.ts in the task pane), so the two PDFs are the same document.
 */
export function packPdfDefinition(doc: PackDocument): TDocumentDefinitions {
  const at = doc.generatedAt !== null ? new Date(doc.generatedAt) : new Date(0);
  const [cover, ...rest] = doc.sheets;
  const content: Content[] = [];
  if (cover) {
    content.push(...sheetContent(cover, doc.style, true, false));
    // The contents list, with page numbers, in place of the Cover's contents table.
    content.push({ toc: { title: { text: 'Contents', style: 'subtitle' }, numberStyle: { bold: true } } });
  }
  for (const s of rest) content.push(...sheetContent(s, doc.style, false, true, doc.charts ?? []));
  const m = doc.style.margins;
  const lines = doc.style.lines;
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    // [left, top, right, bottom] in points.
    pageMargins: [m.left * 72, m.top * 72, m.right * 72, m.bottom * 72],
    info: { title: doc.title, subject: doc.properties.subject, keywords: doc.properties.keywords, creator: doc.properties.creator, producer: doc.properties.creator, creationDate: at },
    defaultStyle: { font: 'Roboto', fontSize: BODY_POINTS },
    header: { text: doc.classification, alignment: 'center', fontSize: BODY_POINTS, margin: [0, 24, 0, 0] },
    footer: (page: number, pages: number) => ({
      columns: [
        { text: doc.classification, alignment: 'left' },
        { text: `Page ${page} of ${pages}`, alignment: 'center' },
        { text: doc.title, alignment: 'right' },
      ],
      fontSize: BODY_POINTS,
      margin: [36, 20, 36, 0],
    }),
    styles: {
      title: { fontSize: lines.title.size, bold: lines.title.bold, italics: lines.title.italic, margin: [0, 0, 0, 4] },
      subtitle: { fontSize: lines.subtitle.size, bold: lines.subtitle.bold, italics: lines.subtitle.italic, margin: [0, 2, 0, 4] },
      note: { fontSize: BODY_POINTS, bold: lines.text.bold, italics: lines.text.italic, margin: [0, 0, 0, 3] },
    },
    content,
  };
  return definition;
}

/** The pack as PDF bytes. Deterministic for the same document (the dates in the file are the document's generatedAt). */
export async function renderPackPdf(doc: PackDocument): Promise<Uint8Array> {
  const printer = new PdfPrinter(fonts());
  const pdf = printer.createPdfKitDocument(packPdfDefinition(doc));
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    pdf.on('data', (c: Buffer) => chunks.push(c));
    pdf.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    pdf.on('error', reject);
    pdf.end();
  });
}
