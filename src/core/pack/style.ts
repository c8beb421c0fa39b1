/**
 * How the pack looks, declared once: the font, the title/subtitle/note lines,
 * the tables' header and totals rows, RAG fills, alignment by column kind, the
 * table style and the page margins. The layout attaches it to the document
 * (PackDocument.style); the writers (src/adapters/xlsx with exceljs,
 * src/adapters/excel with Office.js, src/adapters/pdf with pdfmake) translate
 * it to their library's terms and hold no style of their own, so a file pack
 * and a pack written inside Excel look the same. Pure data.
 *
 * Colours are RGB hex, six digits, no '#' (each writer adds what its library
 * wants: 'FF' for exceljs's ARGB, '#' for Office.js and pdfmake).
 */
import { RAG_COLOURS, type ColumnKind, type LayoutLine, type PrintSetup, type Rag } from './document';

export interface TextStyle {
  /** Points. */
  readonly size: number;
  readonly bold: boolean;
  readonly italic: boolean;
  /** RGB hex; null: the default (black). */
  readonly colour: string | null;
}

/** Text that may wrap: how tall a line of it is and how much wider than body text it runs, to size rows. */
export interface WrappingTextStyle extends TextStyle {
  /** Points a line of this text takes in a row. */
  readonly lineHeight: number;
  /** Room a character takes relative to body text (bold or larger text runs wider). */
  readonly widthFactor: number;
}

export type HorizontalAlign = 'left' | 'centre' | 'right';

/** Page margins in inches, as Excel's page setup states them. */
export interface PageMargins {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly header: number;
  readonly footer: number;
}

export interface PackStyle {
  /** One font throughout. */
  readonly fontName: string;
  /** Table cells and Cover values. */
  readonly body: WrappingTextStyle;
  /** The lines above a sheet's tables, by their style. */
  readonly lines: Readonly<Record<LayoutLine['style'], WrappingTextStyle>>;
  /** A Cover field's label (column A). */
  readonly fieldLabel: TextStyle;
  /** Each table's header row: a solid fill, its text, bottom-aligned so wrapped headers line up. */
  readonly header: { readonly fill: string; readonly font: WrappingTextStyle; readonly vertical: 'bottom' };
  /** A table's totals row. */
  readonly totals: TextStyle;
  /** RAG cells: a fill and a text colour (Excel's Bad / Neutral / Good), Red in bold; the label says it in words too. */
  readonly rag: Readonly<Record<Rag, { readonly fill: string; readonly font: TextStyle }>>;
  /** RAG words are indented (characters), so a number in the column before never runs into them ("0Green"). */
  readonly ragIndent: number;
  /** Text left, numbers right, dates centred (so a date never runs into the text beside it). */
  readonly align: Readonly<Record<ColumnKind, HorizontalAlign>>;
  /** Data cells sit at the top of a row that another cell's wrapped text makes taller. */
  readonly dataVertical: 'top';
  /** Excel's built-in table style, with banded rows. */
  readonly table: { readonly name: string; readonly rowStripes: boolean };
  /** A hairline under each data row, in this colour. */
  readonly rowRule: string;
  readonly margins: PageMargins;
}

const BODY_POINTS = 10;

const text = (size: number, extra: Partial<TextStyle> = {}): TextStyle => ({ size, bold: false, italic: false, colour: null, ...extra });

/** The pack's look. */
export const PACK_STYLE: PackStyle = {
  // Arial: the usual government choice; LibreOffice substitutes a metric twin.
  fontName: 'Arial',
  body: { ...text(BODY_POINTS), lineHeight: 13, widthFactor: 1 },
  lines: {
    title: { ...text(14, { bold: true }), lineHeight: 20, widthFactor: 1.4 },
    // Bold 11 pt subtitles take about 1.2 times the room of 10 pt text.
    subtitle: { ...text(11, { bold: true }), lineHeight: 15, widthFactor: 1.2 },
    text: { ...text(BODY_POINTS, { italic: true }), lineHeight: 13, widthFactor: 1 },
  },
  fieldLabel: text(BODY_POINTS, { bold: true }),
  header: { fill: '1F4E78', font: { ...text(BODY_POINTS, { bold: true, colour: 'FFFFFF' }), lineHeight: 13, widthFactor: 1.1 }, vertical: 'bottom' },
  totals: text(BODY_POINTS, { bold: true }),
  rag: {
    Red: { fill: RAG_COLOURS.Red.fill, font: text(BODY_POINTS, { bold: true, colour: RAG_COLOURS.Red.font }) },
    Amber: { fill: RAG_COLOURS.Amber.fill, font: text(BODY_POINTS, { colour: RAG_COLOURS.Amber.font }) },
    Green: { fill: RAG_COLOURS.Green.fill, font: text(BODY_POINTS, { colour: RAG_COLOURS.Green.font }) },
  },
  ragIndent: 1,
  align: { text: 'left', rag: 'left', date: 'centre', money: 'right', number: 'right', fte: 'right', integer: 'right' },
  dataVertical: 'top',
  table: { name: 'TableStyleLight9', rowStripes: true },
  rowRule: 'BFBFBF',
  // Half an inch at the sides, three quarters top and bottom, the header and footer 0.3" from the edge.
  margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
};

/** Paper sizes in millimetres, portrait. */
export const PAPER_MM: Readonly<Record<PrintSetup['paperSize'], { readonly width: number; readonly height: number }>> = {
  A4: { width: 210, height: 297 },
};

/** Width of the paper between the side margins, in points (72 to the inch). */
export function printableWidthPoints(paper: PrintSetup['paperSize'], orientation: PrintSetup['orientation'], margins: PageMargins): number {
  const mm = PAPER_MM[paper];
  const across = orientation === 'landscape' ? mm.height : mm.width;
  return (across / 25.4 - margins.left - margins.right) * 72;
}
