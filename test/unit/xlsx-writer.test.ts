/**
 * The direct .xlsx writer's pieces (src/adapters/xlsx/xlsx-writer.ts) and the
 * pack writer on awkward input: XML escaping that drops what XML 1.0 forbids,
 * the style table's numbering, the zip's fixed entry times and its two DEFLATE
 * paths (fflate's, Node's zlib in sync-flushed pieces), and a hand-made pack
 * with hostile text, duplicate headers and a totals row, read back by exceljs.
 */
import * as zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { crc32, EntryWriter, PackageZip, StyleTable, textElement, xml, type Compression } from '../../src/adapters/xlsx/xlsx-writer';
import { nodeCompression } from '../../src/adapters/xlsx/write-pack';
import { packXlsxBytes } from '../../src/adapters/xlsx/write-pack';
import { PACK_STYLE } from '../../src/core/pack/style';
import type { LayoutSheet, PackDocument } from '../../src/core/pack/document';

describe('xml()', () => {
  it('escapes markup and drops the characters XML 1.0 forbids, keeping tabs, line breaks and whole surrogate pairs', () => {
    expect(xml('a & b < c > d "e"')).toBe('a &amp; b &lt; c &gt; d &quot;e&quot;');
    expect(xml('bell\u0007, nul\u0000, \uFFFE, lone \uD800 and \uDC00')).toBe('bell, nul, , lone  and ');
    expect(xml('tab\there\nline 😀')).toBe('tab\there\nline 😀');
    expect(xml('plain')).toBe('plain');
  });
});

describe('StyleTable', () => {
  it('numbers each distinct cell format once, built-in number formats by their ids and others from 164', () => {
    const t = new StyleTable();
    const date = t.format({ numFmt: 'dd/mm/yyyy', font: { name: 'Arial', size: 10 } });
    const text = t.format({ numFmt: '@', font: { name: 'Arial', size: 10 }, fill: 'FFC7CE', bottomHair: 'BFBFBF', horizontal: 'left', indent: 1 });
    expect(t.format({ numFmt: 'dd/mm/yyyy', font: { name: 'Arial', size: 10 } })).toBe(date);
    expect(new Set([0, date, text]).size).toBe(3);
    const styles = t.toXml();
    expect(styles).toContain('<numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>');
    expect(styles).toMatch(/<xf numFmtId="49" fontId="1" fillId="2" borderId="1" xfId="0"[^>]*><alignment horizontal="left" indent="1"\/><\/xf>/);
    expect(styles).toContain('<cellXfs count="3">');
  });
});

/** A zip of one long text entry, through fflate's DEFLATE or the given one. */
async function zipOf(text: string, at: Date, compression: Compression | null): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const zip = new PackageZip((c) => chunks.push(c), at, compression);
  const e = zip.open('part.xml');
  for (let i = 0; i < text.length; i += 10_000) e.write(text.slice(i, i + 10_000));
  e.end();
  zip.add('pic.png', new Uint8Array([1, 2, 3]));
  await zip.end();
  return Buffer.concat(chunks);
}

describe('PackageZip', () => {
  const text = Array.from({ length: 30_000 }, (_, i) => `<row r="${i}">£ row ${i}</row>`).join('');
  const at = new Date('2025-10-20T09:30:14Z');
  // Node's zlib answering at once, and on its thread pool (what the CLI uses), with the JavaScript CRC-32.
  const nodeSync: Compression = { deflate: (piece, final) => zlib.deflateRawSync(piece, { finishFlush: final ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH }), crc32 };

  it('gives the same bytes for the same entries and time, readable back whole by either DEFLATE', async () => {
    expect(Buffer.from(await zipOf(text, at, nodeSync)).equals(Buffer.from(await zipOf(text, at, nodeCompression)))).toBe(true);
    for (const deflate of [null, nodeSync, nodeCompression]) {
      const a = await zipOf(text, at, deflate);
      expect(Buffer.from(a).equals(Buffer.from(await zipOf(text, at, deflate)))).toBe(true);
      const files = unzipSync(a);
      expect(strFromU8(files['part.xml']!)).toBe(text);
      expect([...files['pic.png']!]).toEqual([1, 2, 3]);
    }
  });

  it('computes the same CRC-32 in JavaScript as zlib, piece by piece', () => {
    const bytes = Buffer.from(text, 'utf8');
    expect(crc32(bytes.subarray(1000), crc32(bytes.subarray(0, 1000), 0))).toBe(zlib.crc32(bytes));
    expect(crc32(new Uint8Array(0), 0)).toBe(0);
  });

  it('rejects the end of a zip whose compression failed off the main thread', async () => {
    const failing: Compression = { deflate: () => Promise.reject(new Error('disk on fire')), crc32 };
    const zip = new PackageZip(() => undefined, at, failing);
    const e = zip.open('part.xml');
    e.write('<x/>');
    e.end();
    await expect(zip.end()).rejects.toThrow('disk on fire');
  });

  it('stamps every entry with the UTC fields of the time given (2-second grain), and 1980 for an earlier one', async () => {
    const dos = (zip: Uint8Array) => {
      const v = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
      const time = v.getUint16(10, true);
      const date = v.getUint16(12, true);
      return { y: (date >> 9) + 1980, m: (date >> 5) & 15, d: date & 31, h: time >> 11, min: (time >> 5) & 63, s: (time & 31) * 2 };
    };
    expect(dos(await zipOf('x', at, null))).toEqual({ y: 2025, m: 10, d: 20, h: 9, min: 30, s: 14 });
    expect(dos(await zipOf('x', new Date(0), null))).toEqual({ y: 1980, m: 1, d: 1, h: 0, min: 0, s: 0 });
  });
});

describe('EntryWriter', () => {
  /** The pieces an entry hands on, as bytes. */
  const piecesOf = (write: (e: EntryWriter) => void) => {
    const pieces: { bytes: Buffer; final: boolean }[] = [];
    const e = new EntryWriter({ push: (data, final) => pieces.push({ bytes: Buffer.from(data), final: final === true }) });
    write(e);
    e.end();
    return pieces;
  };
  // Rows of ASCII, accents, £, a surrogate pair, markup to escape, a line break, a forbidden character, and one row longer than a piece.
  const texts = ['plain', ' leading space', 'Café £12 — “quoted”', 'emoji 😀 pair', 'a < b & c > "d"', 'two\nlines', 'bell\u0007gone', 'x'.repeat(200_000)];
  const rows = Array.from({ length: 6000 }, (_, i) => ({ r: i + 1, n: i * 1.5, text: texts[i % texts.length]! }));

  it('cuts and encodes a row written in parts exactly as the same row written as one string', () => {
    const whole = piecesOf((e) => {
      for (const { r, n, text } of rows) e.write(`<row r="${r}"><c r="A${r}"><v>${n}</v></c><c r="B${r}" t="inlineStr"><is>${textElement(text)}</is></c></row>`);
    });
    const parts = piecesOf((e) => {
      for (const { r, n, text } of rows) {
        e.put('<row r="');
        e.putInt(r);
        e.put('"><c r="A');
        e.putInt(r);
        e.put(`"><v>${n}</v></c><c r="B`);
        e.putInt(r);
        e.put('" t="inlineStr"><is>');
        e.putText(text);
        e.put('</is></c></row>');
        e.endPiece();
      }
    });
    expect(parts.length).toBeGreaterThan(10);
    expect(parts.map((p) => p.final)).toEqual(whole.map((p) => p.final));
    parts.forEach((p, i) => expect(p.bytes.equals(whole[i]!.bytes)).toBe(true));
    // And the bytes are the text's UTF-8, as Node encodes it.
    expect(Buffer.concat(parts.map((p) => p.bytes)).toString('utf8')).toContain('Café £12 — “quoted”</t>');
  });

  it('writes whole numbers as their decimal digits, and any other number as JavaScript does', () => {
    const [only] = piecesOf((e) => [0, 7, 10, 99, 100, 2147483647, 2147483648, -3, 2.5, -0].forEach((n) => (e.putInt(n), e.put(','))));
    expect(only!.bytes.toString('utf8')).toBe('0,7,10,99,100,2147483647,2147483648,-3,2.5,0,');
  });
});

describe('the pack writer on awkward input', () => {
  const sheet = (name: string, tableName: string): LayoutSheet => ({
    name,
    lines: [{ row: 1, text: 'Title & <things> \u0001 "quoted"', style: 'title' }],
    fields: [],
    tables: [
      {
        name: tableName,
        caption: 'test',
        headerRow: 3,
        columns: [
          { header: 'YOT', kind: 'text', width: 12, wrap: false },
          { header: 'Fee [£]', kind: 'money', width: 10, wrap: false },
          { header: 'YOT', kind: 'date', width: 10, wrap: false },
          { header: 'RAG', kind: 'rag', width: 18, wrap: true },
        ],
        rows: [
          ['Wirral & Co <YJS>', 1200, 45_930, { rag: 'Red', label: 'Red: overdue' }],
          [' leading space', null, null, 'no colour'],
        ],
        totals: ['Total', 1200, null, null],
      },
    ],
    freezeRows: 3,
    columnWidths: [12, 10, 10, 18],
    print: { paperSize: 'A4', orientation: 'landscape', fitToWidth: 1, fitToHeight: 0, scale: 100, printColumns: 4, repeatRows: { first: 3, last: 3 }, repeatColumns: null },
    header: { left: '', centre: 'OFFICIAL-SENSITIVE', right: '' },
    footer: { left: 'A & B', centre: 'Page &P of &N', right: "O'Neil's" },
  });
  const doc: PackDocument = {
    title: 'T',
    classification: 'OFFICIAL-SENSITIVE',
    generatedAt: '2025-10-20T09:30:00.000Z',
    properties: { title: 'T & <x>', subject: 's', keywords: 'k', description: 'd', creator: 'yot pack' },
    sheets: [sheet("O'Neil's sheet", 'PackOne'), sheet('Second', 'PackTwo')],
    style: PACK_STYLE,
    charts: [],
  };

  it('writes a workbook exceljs reads back: values, dates, totals formula and its value, unique table columns, print titles', async () => {
    const bytes = await packXlsxBytes(doc);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(wb.title).toBe('T & <x>');
    const ws = wb.getWorksheet("O'Neil's sheet")!;
    expect(ws.getCell('A1').value).toBe('Title & <things>  "quoted"');
    expect(ws.getCell('A4').value).toBe('Wirral & Co <YJS>');
    expect(ws.getCell('A5').value).toBe(' leading space');
    expect(ws.getCell('C4').value).toEqual(new Date(Date.UTC(2025, 8, 30)));
    expect(ws.getCell('C4').numFmt).toBe('dd/mm/yyyy');
    expect(ws.getCell('D4').fill).toMatchObject({ pattern: 'solid', fgColor: { argb: `FF${PACK_STYLE.rag.Red.fill}` } });
    expect(ws.getCell('B6').value).toEqual({ formula: "SUBTOTAL(109,PackOne[Fee '[£']])", result: 1200 });
    expect(ws.getCell('C3').value).toBe('YOT 2');
    const table = (ws.getTables()[0] as unknown as { table: ExcelJS.TableProperties & { tableRef?: string } }).table;
    expect(table.name).toBe('PackOne');
    expect(table.columns.map((c) => c.name)).toEqual(['YOT', 'Fee [£]', 'YOT 2', 'RAG']);
    expect(ws.headerFooter.oddFooter).toBe("&LA && B&CPage &P of &N&RO'Neil's");
    expect(ws.pageSetup.printArea).toMatch(/A\$?1:\$?D\$?6$/);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    const parts = unzipSync(bytes);
    expect(strFromU8(parts['xl/workbook.xml']!)).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'O''Neil''s sheet'!$3:$3</definedName>`);
    expect(Object.keys(parts).filter((k) => k.startsWith('xl/tables/')).sort()).toEqual(['xl/tables/table1.xml', 'xl/tables/table2.xml']);
  });
});
