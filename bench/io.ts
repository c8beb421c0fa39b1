/**
 * Memory and time of the ways this project could read and write .xlsx, side by
 * side on the same generated national workbook, each in a process of its own
 * (so the peak resident memory is that way's alone):
 *
 *   node bench/out/bench/io.js <way> <file.xlsx> <out.xlsx>   prints JSON
 *
 * Each way reads every cell of every sheet into plain rows (what the CLI's
 * reader needs) and writes the same rows back as a new workbook (the shape of
 * the pack's table sheets): the read + write floor with no rules at all.
 *
 * - exceljs-document  exceljs's Workbook (what the CLI uses today: the whole object model)
 * - exceljs-stream    exceljs's streaming WorkbookReader and WorkbookWriter
 * - sheetjs           SheetJS (@e965/xlsx, the community build on npm), dense sheets
 * - direct            fflate to unzip and saxes to parse the sheet XML, rows written by exceljs's stream writer
 * - direct-ours       the same reading, rows written by this project's own writer (xlsx-writer.ts, what
 *                     `yot pack` writes with: inline strings, Node's zlib, each row encoded straight to bytes)
 * - ours              the CLI's own reader (ooxml.ts: the tables and sheets the core reads) and the same writer
 *
 * The fastest of these is the floor `yot pack` is measured against (bench/run.ts).
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import { SaxesParser } from 'saxes';
import * as XLSX from '@e965/xlsx';
import { readWorkbookFile } from '../src/adapters/xlsx/read';
import { nodeCompression } from '../src/adapters/xlsx/write-pack';
import { CONTENT, contentTypes, NS_MAIN, NS_R, PackageZip, REL, relationships, StyleTable, xml, XML_HEAD } from '../src/adapters/xlsx/xlsx-writer';

export const WAYS = ['exceljs-document', 'exceljs-stream', 'sheetjs', 'direct', 'direct-ours', 'ours'] as const;
export type Way = (typeof WAYS)[number];

type Value = string | number | boolean | Date | null;
type Sheets = Map<string, Value[][]>;

export interface IoResult {
  way: Way;
  readMs: number;
  writeMs: number;
  totalMs: number;
  cells: number;
  /** Peak resident memory of the process, and what it was before any work. */
  peakRssMb: number;
  baseRssMb: number;
}

function plain(v: unknown): Value {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    const o = v as { result?: unknown; richText?: { text: string }[]; text?: string };
    if ('result' in o) return plain(o.result);
    if (o.richText) return o.richText.map((r) => r.text).join('');
    if (typeof o.text === 'string') return o.text;
  }
  return String(v);
}

async function readExceljsDocument(file: string): Promise<Sheets> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: Sheets = new Map();
  wb.eachSheet((ws) => {
    const rows: Value[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      const values: Value[] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        values[c - 1] = plain(cell.value);
      });
      rows[n - 1] = values;
    });
    out.set(ws.name, rows);
  });
  return out;
}

async function readExceljsStream(file: string): Promise<Sheets> {
  const out: Sheets = new Map();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', worksheets: 'emit', hyperlinks: 'ignore', styles: 'cache', entries: 'emit' });
  for await (const ws of reader) {
    const rows: Value[][] = [];
    for await (const row of ws as unknown as AsyncIterable<ExcelJS.Row>) {
      const values: Value[] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        values[c - 1] = plain(cell.value);
      });
      rows[row.number - 1] = values;
    }
    out.set((ws as unknown as { name: string }).name ?? `Sheet${out.size + 1}`, rows);
  }
  return out;
}

function readSheetjs(file: string): Sheets {
  const wb = XLSX.read(readFileSync(file), { type: 'buffer', dense: true, cellDates: true, cellStyles: false, cellHTML: false, cellText: false });
  const out: Sheets = new Map();
  for (const name of wb.SheetNames) out.set(name, XLSX.utils.sheet_to_json<Value[]>(wb.Sheets[name]!, { header: 1, raw: true, defval: null }));
  return out;
}

/** Column number (1-based) of an A1 reference's letters. */
function colOf(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n;
}

/** fflate + saxes: the workbook's sheet list, its shared strings, then each sheet's cells. */
function readDirect(file: string): Sheets {
  const files = unzipSync(readFileSync(file), { filter: (f) => f.name.startsWith('xl/') && f.name.endsWith('.xml') || f.name.endsWith('.rels') });
  const parse = (xml: string, on: (p: SaxesParser) => void): void => {
    const p = new SaxesParser();
    on(p);
    p.write(xml).close();
  };
  const shared: string[] = [];
  const sst = files['xl/sharedStrings.xml'];
  if (sst) {
    let text = '';
    let inT = false;
    parse(strFromU8(sst), (p) => {
      p.on('opentag', (t) => {
        if (t.name === 'si') text = '';
        else if (t.name === 't') inT = true;
      });
      p.on('text', (s) => {
        if (inT) text += s;
      });
      p.on('closetag', (t) => {
        if (t.name === 't') inT = false;
        else if (t.name === 'si') shared.push(text);
      });
    });
  }
  const rels = new Map<string, string>();
  parse(strFromU8(files['xl/_rels/workbook.xml.rels']!), (p) =>
    p.on('opentag', (t) => {
      if (t.name === 'Relationship') rels.set(String(t.attributes['Id']), String(t.attributes['Target']).replace(/^\/?(xl\/)?/, 'xl/'));
    }),
  );
  const sheetFiles: [string, string][] = [];
  parse(strFromU8(files['xl/workbook.xml']!), (p) =>
    p.on('opentag', (t) => {
      if (t.name === 'sheet') sheetFiles.push([String(t.attributes['name']), rels.get(String(t.attributes['r:id'])) ?? '']);
    }),
  );
  const out: Sheets = new Map();
  for (const [name, path] of sheetFiles) {
    const xml = files[path];
    if (!xml) continue;
    const rows: Value[][] = [];
    let row: Value[] = [];
    let col = 0;
    let type = '';
    let text = '';
    let inValue = false;
    parse(strFromU8(xml), (p) => {
      p.on('opentag', (t) => {
        switch (t.name) {
          case 'row':
            row = [];
            rows[Number(t.attributes['r']) - 1] = row;
            col = 0;
            break;
          case 'c':
            col = t.attributes['r'] ? colOf(String(t.attributes['r'])) : col + 1;
            type = String(t.attributes['t'] ?? 'n');
            text = '';
            break;
          case 'v':
          case 't':
            inValue = true;
            break;
        }
      });
      p.on('text', (s) => {
        if (inValue) text += s;
      });
      p.on('closetag', (t) => {
        if (t.name === 'v' || t.name === 't') inValue = false;
        else if (t.name === 'c' && text !== '') {
          row[col - 1] = type === 's' ? (shared[Number(text)] ?? null) : type === 'str' || type === 'inlineStr' ? text : type === 'b' ? text === '1' : type === 'e' ? null : Number(text);
        }
      });
    });
    out.set(name, rows);
  }
  return out;
}

/** The CLI's own reader (src/adapters/xlsx/ooxml.ts via read.ts): every grid it reads, as a sheet of rows. */
async function readOurs(file: string): Promise<Sheets> {
  const { raw } = await readWorkbookFile(file, { maxFileMb: 1024 });
  const out: Sheets = new Map();
  for (const [name, grid] of Object.entries(raw.grids)) out.set(name, grid!.values as Value[][]);
  if (raw.board) out.set('Board', raw.board.values as Value[][]);
  return out;
}

/**
 * The rows written back by this project's own writer, as `yot pack` writes its
 * table sheets (write-pack.ts): inline strings, numbers, one zip entry per
 * sheet through Node's zlib, each row encoded straight into the entry's bytes;
 * a minimal package around them (content types, relationships, workbook, styles).
 */
async function writeOurs(sheets: Sheets, out: string): Promise<void> {
  const fd = openSync(out, 'w');
  try {
    const zip = new PackageZip((chunk) => writeSync(fd, chunk), new Date(0), nodeCompression);
    const names = [...sheets.keys()];
    zip.add('[Content_Types].xml', contentTypes([{ name: 'xl/workbook.xml', type: CONTENT.workbook }, ...names.map((_n, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, type: CONTENT.worksheet })), { name: 'xl/styles.xml', type: CONTENT.styles }]));
    zip.add('_rels/.rels', relationships([{ type: REL.officeDocument, target: 'xl/workbook.xml' }]));
    zip.add('xl/workbook.xml', `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_R}"><sheets>${names.map((n, i) => `<sheet name="${xml(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`);
    zip.add('xl/_rels/workbook.xml.rels', relationships([...names.map((_n, i) => ({ type: REL.worksheet, target: `worksheets/sheet${i + 1}.xml` })), { type: REL.styles, target: 'styles.xml' }]));
    let n = 0;
    for (const rows of sheets.values()) {
      const e = zip.open(`xl/worksheets/sheet${++n}.xml`);
      e.write(`${XML_HEAD}<worksheet xmlns="${NS_MAIN}"><sheetData>`);
      const cols: string[] = [];
      for (let k = 0; k < rows.length; k++) {
        const row = rows[k];
        if (!row) continue;
        e.put('<row r="');
        e.putInt(k + 1);
        e.put('">');
        for (let i = 0; i < row.length; i++) {
          const v = row[i];
          if (v === null || v === undefined) continue;
          const col = (cols[i] ??= columnLetters(i + 1));
          e.put('<c r="');
          e.put(col);
          e.putInt(k + 1);
          if (typeof v === 'number') {
            e.put('"><v>');
            e.put(String(v));
            e.put('</v></c>');
          } else if (typeof v === 'boolean') e.put(v ? '" t="b"><v>1</v></c>' : '" t="b"><v>0</v></c>');
          else {
            e.put('" t="inlineStr"><is>');
            e.putText(v instanceof Date ? v.toISOString() : v);
            e.put('</is></c>');
          }
        }
        e.put('</row>');
        e.endPiece();
        const behind = k % 2000 === 1999 ? e.behind() : null;
        if (behind !== null) await behind;
      }
      e.write('</sheetData></worksheet>');
      e.end();
    }
    zip.add('xl/styles.xml', new StyleTable().toXml());
    await zip.end();
  } finally {
    closeSync(fd);
  }
}

function columnLetters(n: number): string {
  let s = '';
  for (let m = n; m > 0; m = Math.floor((m - 1) / 26)) s = String.fromCharCode(65 + ((m - 1) % 26)) + s;
  return s;
}

async function writeExceljsDocument(sheets: Sheets, out: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of sheets) {
    const ws = wb.addWorksheet(name);
    for (const r of rows) ws.addRow(r ?? []);
  }
  await wb.xlsx.writeFile(out);
}

async function writeExceljsStream(sheets: Sheets, out: string): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: out, useSharedStrings: true, useStyles: false });
  for (const [name, rows] of sheets) {
    const ws = wb.addWorksheet(name);
    for (const r of rows) ws.addRow(r ?? []).commit();
    ws.commit();
  }
  await wb.commit();
}

function writeSheetjs(sheets: Sheets, out: string): void {
  const wb = XLSX.utils.book_new();
  for (const [name, rows] of sheets) XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows.map((r) => r ?? []), { dense: true }), name);
  XLSX.writeFile(wb, out, { compression: true });
}

export async function measureIo(way: Way, file: string, out: string): Promise<IoResult> {
  const baseRssMb = process.memoryUsage().rss / 1024 / 1024;
  const t0 = performance.now();
  const sheets =
    way === 'exceljs-document' ? await readExceljsDocument(file) : way === 'exceljs-stream' ? await readExceljsStream(file) : way === 'sheetjs' ? readSheetjs(file) : way === 'ours' ? await readOurs(file) : readDirect(file);
  const t1 = performance.now();
  let cells = 0;
  for (const rows of sheets.values()) for (const r of rows) if (r) for (const v of r) if (v !== null && v !== undefined) cells++;
  if (way === 'exceljs-document') await writeExceljsDocument(sheets, out);
  else if (way === 'sheetjs') writeSheetjs(sheets, out);
  else if (way === 'direct-ours' || way === 'ours') await writeOurs(sheets, out);
  else await writeExceljsStream(sheets, out);
  const t2 = performance.now();
  return { way, readMs: t1 - t0, writeMs: t2 - t1, totalMs: t2 - t0, cells, peakRssMb: process.resourceUsage().maxRSS / 1024, baseRssMb };
}

if (require.main === module) {
  const [way, file, out] = process.argv.slice(2);
  measureIo(way as Way, file!, out!)
    .then((r) => process.stdout.write(JSON.stringify(r)))
    .catch((e: unknown) => {
      process.stderr.write(String(e instanceof Error ? e.stack : e));
      process.exit(1);
    });
}
