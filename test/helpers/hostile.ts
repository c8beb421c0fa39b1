/**
 * A corpus of hostile and malformed inputs, generated at test time (nothing
 * large is committed): damaged files, things that are not files, workbooks that
 * declare huge ranges, cells built to make parsers backtrack, personal data in
 * places it should never come out of, control characters, numbers past any
 * sense, and text past Excel's limits. Shared by the CLI corpus test and the
 * browser file-mode test.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { buildWorkbook, type RowInput, type WorkbookInput } from './make-workbook';

/** Names and NI numbers planted in the corpus: none may ever come out. */
export const PLANTED_NAMES = ['Amira Patel', 'Zoë Ng', 'Tom Hargreaves'];

export interface HostileCase {
  readonly name: string;
  /** Writes the input into `dir`; returns the file to name on the command line (or null when the case makes none). */
  readonly make: (dir: string) => Promise<string>;
  /** Extra arguments after the file. */
  readonly args?: readonly string[];
  /** Command: validate (default) or pack (then --out is added). */
  readonly command?: 'validate' | 'pack';
  /** Exit statuses allowed. */
  readonly exit: readonly number[];
  /** When the case is refused (exit 2), words the one sentence should contain. */
  readonly says?: RegExp;
  /** Opened in the browser file mode too (a representative subset). */
  readonly browser?: boolean;
}

const sec = (o: Record<string, string | number | boolean | null>): RowInput => ({
  'Secondment ID': 'S-1',
  Region: 'North West',
  PDU: 'Wirral',
  YOT: 'Wirral YJS',
  Nation: 'England',
  Scheme: 'Probation',
  Role: 'PO',
  Secondee: 'Amira Patel',
  FTE: 1,
  'Start date': '01/04/2024',
  'Vetting cleared': '01/03/2024',
  'Authorised officer': 'Y',
  ...o,
});
const vac = (o: Record<string, string | number | boolean | null>): RowInput => ({
  'Vacancy ID': 'V-1',
  Region: 'North West',
  PDU: 'Wirral',
  YOT: 'Wirral YJS',
  Role: 'PO',
  FTE: 1,
  'Vacant from': '01/03/2025',
  'Stage 1 date': '01/03/2025',
  'Temp invoice': 100,
  ...o,
});

/** A small valid tracker, with planted names; `s` and `v` change its first secondment and vacancy. */
export function tracker(s: Record<string, string | number | boolean | null> = {}, v: Record<string, string | number | boolean | null> = {}, extra: Partial<WorkbookInput> = {}): WorkbookInput {
  return {
    board: { region: 'North West', asOf: '30/09/2025' },
    secondments: [sec(s), sec({ 'Secondment ID': 'S-2', Secondee: 'Zoë Ng' }), sec({ 'Secondment ID': 'S-3', Secondee: 'Tom Hargreaves' })],
    vacancies: [vac(v)],
    disputes: [{ 'Dispute ID': 'D-1', YOT: 'Wirral YJS', Raised: '01/08/2025', Summary: 'Desk space' }],
    ...extra,
  };
}

async function xlsxBytes(input: WorkbookInput): Promise<Uint8Array> {
  return new Uint8Array((await buildWorkbook(input).xlsx.writeBuffer()) as ArrayBuffer);
}

/** Rewrite parts of an .xlsx's zip. */
function patchZip(bytes: Uint8Array, edit: (files: Record<string, string>) => void): Uint8Array {
  const raw = unzipSync(bytes);
  const text: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) text[k] = strFromU8(v);
  edit(text);
  const out: Record<string, Uint8Array> = {};
  for (const [k, v] of Object.entries(text)) out[k] = strToU8(v);
  return zipSync(out);
}

/** Which sheet file holds a sheet, by its name (test workbooks are small and regular). */
function sheetFile(files: Record<string, string>, sheet: string): string {
  const wb = files['xl/workbook.xml']!;
  const m = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="(rId\\d+)"`).exec(wb);
  const rels = files['xl/_rels/workbook.xml.rels']!;
  const t = new RegExp(`Id="${m![1]}"[^>]*Target="([^"]+)"`).exec(rels) ?? new RegExp(`Target="([^"]+)"[^>]*Id="${m![1]}"`).exec(rels);
  return `xl/${t![1]!.replace(/^\/?xl\//, '')}`;
}

function fileCase(name: string, bytes: () => Uint8Array | Promise<Uint8Array>, exit: readonly number[], says?: RegExp, fileName = 'input.xlsx', browser = false): HostileCase {
  return {
    name,
    exit,
    ...(says ? { says } : {}),
    browser,
    make: async (dir) => {
      const f = path.join(dir, fileName);
      await fs.writeFile(f, await bytes());
      return f;
    },
  };
}

/** A valid tracker whose XML is then edited: `edit` gets the parts as text. */
function xmlCase(name: string, edit: (files: Record<string, string>) => void, exit: readonly number[], input: WorkbookInput = tracker(), browser = false, says?: RegExp): HostileCase {
  return fileCase(name, async () => patchZip(await xlsxBytes(input), edit), exit, says, 'input.xlsx', browser);
}

/** A tracker with one cell changed: findings (exit 1) or none (0), never a refusal. */
function cellCase(name: string, s: Record<string, string | number | boolean | null>, v: Record<string, string | number | boolean | null> = {}, extra: Partial<WorkbookInput> = {}, browser = false): HostileCase {
  return fileCase(name, () => xlsxBytes(tracker(s, v, extra)), [0, 1], undefined, 'input.xlsx', browser);
}

const big = (n: number, unit = '9') => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
const NOT_XLSX = /not an Excel workbook|can't be opened|damaged/;

/** Inline-string cell XML. */
const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${text}</t></is></c>`;

/** Replace the cell at `ref` on `sheet` (or add it to its row). */
function setCell(files: Record<string, string>, sheet: string, ref: string, xml: string): void {
  const f = sheetFile(files, sheet);
  const s = files[f]!;
  const re = new RegExp(`<c r="${ref}"[^>]*?(/>|>[\\s\\S]*?</c>)`);
  if (re.test(s)) files[f] = s.replace(re, xml);
  else {
    const row = /\d+/.exec(ref)![0];
    files[f] = s.replace(new RegExp(`(<row r="${row}"[^>]*>)`), `$1${xml}`);
  }
}

export function hostileCases(): HostileCase[] {
  const cases: HostileCase[] = [];
  const add = (c: HostileCase) => cases.push(c);

  // --- Not a workbook at all -------------------------------------------------------------
  add(fileCase('an empty file', () => new Uint8Array(0), [2], NOT_XLSX, 'input.xlsx', true));
  add(fileCase('one byte', () => new Uint8Array([0x50]), [2], NOT_XLSX));
  add(fileCase('random bytes', () => Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251), [2], NOT_XLSX, 'input.xlsx', true));
  add(fileCase('a text file named .xlsx', () => strToU8('Secondment ID,YOT\nS-1,Wirral\n'), [2], NOT_XLSX));
  add(fileCase('a CSV file', () => strToU8('Secondment ID,YOT\nS-1,Wirral\n'), [2], /\.csv/, 'input.csv'));
  add(fileCase('an old .xls', () => Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(500).fill(0)]), [2], /\.xls/, 'input.xls'));
  add(fileCase('an encrypted workbook', () => Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(500).fill(0)]), [2], /password/, 'input.xlsx', true));
  add(fileCase('a PNG renamed', () => Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array(100).fill(1)]), [2], NOT_XLSX));
  add(fileCase('a PDF renamed', () => strToU8('%PDF-1.7\n%âãÏÓ\n1 0 obj <<>> endobj\n'), [2], NOT_XLSX));
  add(fileCase('a zip with nothing in it', () => zipSync({}), [2], NOT_XLSX));
  add(fileCase('a zip of a text file', () => zipSync({ 'readme.txt': strToU8('hello') }), [2], NOT_XLSX, 'input.xlsx', true));
  add(fileCase('the zip magic then junk', () => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...new Array(2000).fill(0x41)]), [2], NOT_XLSX));
  for (const frac of [0.1, 0.5, 0.9, 0.99]) {
    add(fileCase(`a workbook cut off at ${frac * 100}%`, async () => {
      const b = await xlsxBytes(tracker());
      return b.slice(0, Math.floor(b.length * frac));
    }, [2], NOT_XLSX, 'input.xlsx', frac === 0.5));
  }
  add(fileCase('a workbook with its middle overwritten', async () => {
    const b = await xlsxBytes(tracker());
    b.fill(0x55, Math.floor(b.length * 0.3), Math.floor(b.length * 0.6));
    return b;
  }, [1, 2]));
  add(fileCase('a zip bomb: one part that declares 2 GB', async () => {
    // 8 MB of zeros compresses to almost nothing; the declared size is what is judged, before unpacking.
    const parts = unzipSync(await xlsxBytes(tracker()));
    parts['xl/worksheets/sheet9.xml'] = new Uint8Array(8 * 1024 * 1024);
    return zipSync(parts, { level: 9 });
  }, [0, 1, 2]));

  // --- Damaged XML ------------------------------------------------------------------------
  add(xmlCase('no workbook part', (f) => delete f['xl/workbook.xml'], [2], tracker(), false, NOT_XLSX));
  add(xmlCase('workbook XML cut short', (f) => (f['xl/workbook.xml'] = f['xl/workbook.xml']!.slice(0, 200)), [2], tracker(), true, NOT_XLSX));
  add(xmlCase('a sheet that is not XML', (f) => (f[sheetFile(f, 'Secondments')] = 'not xml at all <<<'), [2], tracker(), false, NOT_XLSX));
  add(xmlCase('an entity bomb in a sheet', (f) => {
    const s = sheetFile(f, 'Secondments');
    f[s] = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>${f[s]!.replace(/^<\?xml[^>]*\?>/, '')}`.replace('<sheetData>', '<sheetData><row r="999"><c r="A999" t="inlineStr"><is><t>&lol2;</t></is></c></row>');
  }, [1, 2]));
  add(xmlCase('an external entity in shared strings', (f) => {
    f['xl/sharedStrings.xml'] = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${(f['xl/sharedStrings.xml'] ?? '<sst/>').replace(/^<\?xml[^>]*\?>/, '').replace('<t>Amira Patel</t>', '<t>&xxe;</t>')}`;
  }, [1, 2]));
  add(xmlCase('a relationship pointing outside the zip', (f) => (f['xl/_rels/workbook.xml.rels'] = f['xl/_rels/workbook.xml.rels']!.replace(/Target="worksheets\/sheet2.xml"/, 'Target="../../../../etc/passwd"')), [1, 2]));
  add(xmlCase('shared string index out of range', (f) => setCell(f, 'Secondments', 'B4', '<c r="B4" t="s"><v>999999</v></c>'), [0, 1]));
  add(xmlCase('shared string index that is not a number', (f) => setCell(f, 'Secondments', 'B4', '<c r="B4" t="s"><v>abc</v></c>'), [0, 1]));
  add(xmlCase('a boolean cell holding 7', (f) => setCell(f, 'Secondments', 'L4', '<c r="L4" t="b"><v>7</v></c>'), [0, 1]));
  add(xmlCase('an error cell', (f) => setCell(f, 'Secondments', 'J4', '<c r="J4" t="e"><v>#DIV/0!</v></c>'), [1]));
  add(xmlCase('an ISO date cell holding junk', (f) => setCell(f, 'Secondments', 'J4', '<c r="J4" t="d"><v>not-a-date</v></c>'), [1]));
  add(xmlCase('a number cell holding text', (f) => setCell(f, 'Secondments', 'I4', '<c r="I4"><v>lots</v></c>'), [1]));

  // --- Declared sizes -----------------------------------------------------------------------
  add(xmlCase('a row numbered 2,000,000,000', (f) => {
    const s = sheetFile(f, 'Secondments');
    f[s] = f[s]!.replace('</sheetData>', `<row r="2000000000">${inline('A2000000000', 'S-9')}</row></sheetData>`);
  }, [0, 1], tracker(), true));
  add(xmlCase('a table declaring A3:T2000000000', (f) => {
    for (const k of Object.keys(f)) if (k.startsWith('xl/tables/')) f[k] = f[k]!.replace(/ref="A3:([A-Z]+)(\d+)"/g, 'ref="A3:$12000000000"');
  }, [0, 1], tracker(), true));
  add(xmlCase('a dimension of the whole grid', (f) => {
    const s = sheetFile(f, 'Secondments');
    f[s] = f[s]!.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>');
  }, [0, 1]));
  add(xmlCase('a merge over the whole grid', (f) => {
    const s = sheetFile(f, 'Secondments');
    f[s] = f[s]!.replace(/<mergeCells[\s\S]*?<\/mergeCells>/, '').replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>');
  }, [0, 1, 2]));
  add(xmlCase('a cell at column ZZZZ', (f) => setCell(f, 'Secondments', 'A4', `${inline('A4', 'S-1')}${inline('ZZZZ4', 'far')}`), [0, 1]));
  add(xmlCase('a row numbered 0 and a row numbered -5', (f) => {
    const s = sheetFile(f, 'Secondments');
    f[s] = f[s]!.replace('<sheetData>', `<sheetData><row r="0">${inline('A0', 'x')}</row><row r="-5">${inline('B-5', 'y')}</row>`);
  }, [0, 1, 2]));
  add(xmlCase('rows out of order and repeated', (f) => {
    const s = sheetFile(f, 'Secondments');
    f[s] = f[s]!.replace('</sheetData>', `<row r="2">${inline('A2', 'again')}</row><row r="1">${inline('A1', 'first')}</row></sheetData>`);
  }, [0, 1]));
  add(xmlCase('cells without addresses', (f) => {
    const s = sheetFile(f, 'Secondments');
    f[s] = f[s]!.replace('</sheetData>', `<row><c t="inlineStr"><is><t>S-7</t></is></c><c><v>1</v></c></row></sheetData>`);
  }, [0, 1]));
  add(xmlCase('a table with no header row', (f) => {
    for (const k of Object.keys(f)) if (k.startsWith('xl/tables/')) f[k] = f[k]!.replace('<table ', '<table headerRowCount="0" ');
  }, [0, 1, 2]));
  add(xmlCase('a table whose ref is nonsense', (f) => {
    for (const k of Object.keys(f)) if (k.startsWith('xl/tables/')) f[k] = f[k]!.replace(/ref="[^"]*"/g, 'ref="banana"');
  }, [0, 1, 2]));
  add(xmlCase('a formula with no saved result in a date column', (f) => setCell(f, 'Secondments', 'J4', '<c r="J4"><f>EDATE(J5,6)</f></c>'), [1]));
  add(xmlCase('a shared formula with no saved result', (f) => setCell(f, 'Secondments', 'J4', '<c r="J4"><f t="shared" si="0"/></c>'), [1]));
  add(xmlCase('a date cell holding 1e10', (f) => setCell(f, 'Secondments', 'J4', '<c r="J4" s="0"><v>10000000000</v></c>'), [1]));
  add(xmlCase('a date cell holding -5', (f) => setCell(f, 'Secondments', 'J4', '<c r="J4"><v>-5</v></c>'), [1]));
  add(xmlCase('a number cell holding 1e400', (f) => setCell(f, 'Secondments', 'I4', '<c r="I4"><v>1e400</v></c>'), [1]));
  add(xmlCase('a 1904-based workbook', (f) => (f['xl/workbook.xml'] = f['xl/workbook.xml']!.replace(/<workbookPr[^>]*\/>/, '<workbookPr date1904="1"/>')), [0, 1]));
  add(xmlCase('an escape sequence in an ID (_x001B_)', (f) => setCell(f, 'Secondments', 'A4', inline('A4', '_x001B_[2J_x001B_[31mS-1_x0007_')), [0, 1], tracker(), true));
  add(xmlCase('an escape sequence in a sheet name', (f) => {
    // Not well-formed XML 1.0 (a control character by reference): refused as damaged, as Excel does.
    f['xl/workbook.xml'] = f['xl/workbook.xml']!.replace('name="Board"', 'name="Board&#x1B;[2J"');
  }, [0, 1, 2]));
  add(xmlCase('an Excel escape in a sheet name', (f) => {
    f['xl/workbook.xml'] = f['xl/workbook.xml']!.replace('name="Board"', 'name="Board_x001B_[2J"');
  }, [0, 1]));
  add(xmlCase('a thousand empty sheets', (f) => {
    let wb = f['xl/workbook.xml']!;
    let rels = f['xl/_rels/workbook.xml.rels']!;
    const sheets: string[] = [];
    const relList: string[] = [];
    for (let i = 0; i < 1000; i++) {
      f[`xl/worksheets/extra${i}.xml`] = '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>';
      sheets.push(`<sheet name="Extra ${i}" sheetId="${100 + i}" r:id="rX${i}"/>`);
      relList.push(`<Relationship Id="rX${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/extra${i}.xml"/>`);
    }
    wb = wb.replace('</sheets>', `${sheets.join('')}</sheets>`);
    rels = rels.replace('</Relationships>', `${relList.join('')}</Relationships>`);
    f['xl/workbook.xml'] = wb;
    f['xl/_rels/workbook.xml.rels'] = rels;
  }, [0, 1]));
  add(xmlCase('a namespace prefix on every element', (f) => {
    const s = sheetFile(f, 'Secondments');
    f[s] = f[s]!.replace(/<(\/?)([a-zA-Z]+)([ >/])/g, (m, slash: string, n: string, end: string) => (n === 'xml' ? m : `<${slash}x:${n}${end}`)).replace('<x:worksheet ', '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ');
  }, [0, 1, 2]));

  // --- Cells built to make parsers slow -------------------------------------------------------
  add(cellCase('a 1 MB string in a number cell', { FTE: big(1_000_000) }, {}, {}, true));
  add(cellCase('a 1 MB string in a date cell', { 'Start date': big(1_000_000, '1/') }));
  add(cellCase('a 1 MB string of spaces and digits in a money cell', {}, { 'Temp invoice': `£${big(500_000, ' 1')}` }));
  add(cellCase('40,000 commas and digits in a money cell', {}, { 'Temp invoice': `£${big(40_000, '1,')}` }));
  add(cellCase('a 1 MB string in a band cell', { Band: big(1_000_000, 'band ') }));
  add(cellCase('a 1 MB string in a stage cell', {}, { 'Current stage': big(1_000_000, 'stage ') }));
  add(cellCase('a 1 MB string in an enum cell', { Role: big(1_000_000, 'P') }));
  add(cellCase('a 1 MB string in a Y/N cell', { 'Authorised officer': big(1_000_000, 'y') }));
  add(fileCase('a 1 MB header of brackets', () => xlsxBytes({ ...tracker(), headers: { Secondments: ['Secondment ID', 'YOT', 'Role', `(${big(1_000_000, '(')}`, 'Start date', 'FTE'] } }), [0, 1, 2]));
  add(fileCase('a 40,000-character header of spaces before a unit', () => xlsxBytes({ ...tracker(), headers: { Secondments: ['Secondment ID', 'YOT', 'Role', `Start date${' '.repeat(40_000)}(date`, 'FTE', 'Secondee'] } }), [0, 1, 2]));
  add(fileCase('a 1 MB title row', async () => {
    const b = await xlsxBytes(tracker());
    return patchZip(b, (f) => setCell(f, 'Secondments', 'A1', inline('A1', big(1_000_000, '( '))));
  }, [0, 1]));
  add(fileCase('a 1 MB Board label', async () => {
    const b = await xlsxBytes(tracker());
    return patchZip(b, (f) => setCell(f, 'Board', 'A3', inline('A3', big(1_000_000, 'Region (('))));
  }, [0, 1]));

  // --- Numbers past sense -------------------------------------------------------------------------
  add(cellCase('a temp invoice of 400 nines', {}, { 'Temp invoice': big(400) }));
  add(cellCase('a temp invoice of £ and 400 nines', {}, { 'Temp invoice': `£${big(400)}` }));
  add(cellCase('a temp invoice of 1e308', {}, { 'Temp invoice': 1e308 }));
  add(cellCase('a negative temp invoice', {}, { 'Temp invoice': -5 }));
  add(cellCase('a temp invoice of "Infinity"', {}, { 'Temp invoice': 'Infinity' }));
  add(cellCase('a temp invoice of "NaN"', {}, { 'Temp invoice': 'NaN' }));
  add(cellCase('a temp invoice of "1e5"', {}, { 'Temp invoice': '1e5' }));
  add(cellCase('FTE of 150%', { FTE: '150%' }));
  add(cellCase('FTE of -1', { FTE: -1 }));
  add(cellCase('FTE of 0', { FTE: 0 }));
  add(cellCase('FTE of 1e-300', { FTE: 1e-300 }));
  add(cellCase('extension years of 1e9', { 'Extension (years)': 1e9 }));
  add(cellCase('band 999', { Band: 'Band 999' }));
  add(cellCase('stage 0', {}, { 'Current stage': 'Stage 0' }));
  add(cellCase('caseload of 1e400 as text', {}, {}, { allocations: [{ YOT: 'Wirral YJS', PDU: 'Wirral', Region: 'North West', Nation: 'England', Caseload: '1e400' }] }));
  add(cellCase('a reimbursement of 10^15', {}, { 'Reimbursement claimed': 1e15 }));

  // --- Dates past sense -----------------------------------------------------------------------------
  add(cellCase('a start date of 31/02/2025', { 'Start date': '31/02/2025' }, {}, { dates: 'text' }));
  add(cellCase('a start date of 99/99/9999', { 'Start date': '99/99/9999' }, {}, { dates: 'text' }));
  add(cellCase('a start date of 0', { 'Start date': 0 }));
  add(cellCase('a start date of 1e10', { 'Start date': 1e10 }));
  add(cellCase('a start date of -5', { 'Start date': -5 }));
  add(cellCase('a start date in the year 10000', { 'Start date': '01/01/10000' }, {}, { dates: 'text' }));
  add(cellCase('a start date of 10,000 digits', { 'Start date': big(10_000, '1') }));
  add(cellCase('a start date of TRUE', { 'Start date': true }));
  add(cellCase('a US-order date', { 'Start date': '04/13/2025' }, {}, { dates: 'text' }));
  add(cellCase('a board as-of date of 1e10', {}, {}, { board: { region: 'North West', asOf: 1e10 } }));

  // --- Personal data where it should never come out -------------------------------------------------
  for (const [label, ni] of [
    ['spaced', 'QQ 12 34 56 C'],
    ['hyphenated', 'QQ-12-34-56-C'],
    ['without suffix', 'QQ123456'],
    ['with no-break spaces', 'QQ\u00a012\u00a034\u00a056\u00a0C'],
    ['full width', 'ＱＱ１２３４５６Ｃ'],
    ['lower case', 'qq123456c'],
  ] as const) {
    add(cellCase(`an NI number (${label}) as an ID`, { 'Secondment ID': ni }, {}, {}, label === 'hyphenated'));
    add(cellCase(`an NI number (${label}) in a date cell`, { 'Start date': ni }));
  }
  add(cellCase('an NI number as a YOT name', { YOT: 'AB 12 34 56 D' }));
  add(cellCase('an NI number in a dispute summary', {}, {}, { disputes: [{ 'Dispute ID': 'D-1', YOT: 'Wirral YJS', Raised: '01/08/2025', Summary: 'NI QQ123456C on file' }] }));
  add(cellCase('a name inside an ID', { 'Secondment ID': 'S-Amira Patel-1' }, {}, {}, true));
  add(cellCase('a name run together in an ID', { 'Secondment ID': 'SEC-AmiraPatel' }));
  add(cellCase('a name after İ in a date cell', { 'Start date': 'İİ Amira Patel' }));
  add(cellCase('a decomposed Zoë in a date cell', { 'Start date': 'Zoe\u0308 Ng' }));
  add(cellCase('a name with a no-break space in an ID', { 'Secondment ID': 'Amira\u00a0Patel' }));
  add(cellCase('a name with double spaces in an FTE cell', { FTE: 'Amira  Patel' }));
  add(cellCase('"Patel, Amira" in a role cell', { Role: 'Patel, Amira' }));
  add(cellCase('a name as a YOT name', { YOT: 'Tom Hargreaves YJS' }));
  add(cellCase('a name as a vacancy ID', {}, { 'Vacancy ID': 'Zoë Ng' }));
  add(cellCase('a name in a dispute summary', {}, {}, { disputes: [{ 'Dispute ID': 'D-1', YOT: 'Wirral YJS', Raised: '01/08/2025', Summary: 'Desk for PATEL, AMIRA' }] }));

  // --- Control characters, invisible characters and odd text ---------------------------------------
  add(cellCase('a bell and a backspace in a YOT name', { YOT: 'Wirral\u0007\u0008 YJS' }));
  add(cellCase('a bidi override in an ID', { 'Secondment ID': 'S-\u202e1-ytic' }));
  add(cellCase('a carriage return in an FTE cell', { FTE: '1\rOK' }));
  add(cellCase('C1 controls in a date cell', { 'Start date': '\u009b2J01/04/2024' }));
  add(cellCase('IDs differing only by a zero-width space', { 'Secondment ID': 'S-\u200b2' }));
  add(cellCase('IDs differing only by a BOM', { 'Secondment ID': '\ufeffS-2' }));
  add(cellCase('an emoji ID', { 'Secondment ID': '😀-1' }));
  add(cellCase('a lone surrogate in a YOT name', { YOT: 'Wirral \ud800 YJS' }));
  add(cellCase('a right-to-left YOT name', { YOT: 'يوت' }));
  add(cellCase('a 100,000-character dispute summary', {}, {}, { disputes: [{ 'Dispute ID': 'D-1', YOT: 'Wirral YJS', Raised: '01/08/2025', Summary: big(100_000, 'word ') }] }));

  // --- Structure past sense ----------------------------------------------------------------------
  add(fileCase('a workbook with no tables at all', () => xlsxBytes({ board: { region: 'X' } }), [2], /can't be checked|neither/));
  add(fileCase('only a Vacancies table', () => xlsxBytes({ vacancies: [vac({})] }), [2], /can't be checked/));
  add(fileCase('headers only, no rows', () => xlsxBytes({ ...tracker(), secondments: [], vacancies: [], headers: { Secondments: ['Secondment ID', 'YOT', 'Role', 'Start date'], Vacancies: ['Vacancy ID', 'YOT', 'Role', 'Vacant from'] } }), [0, 1]));
  add(fileCase('the same header twice', () => xlsxBytes({ ...tracker(), as: { Secondments: 'range' }, headers: { Secondments: ['Secondment ID', 'YOT', 'YOT', 'Role', 'Start date'] } }), [0, 1]));
  add(fileCase('5,000 blank rows then data', async () => {
    const b = await xlsxBytes({ ...tracker(), as: { Secondments: 'range' } });
    return patchZip(b, (f) => {
      const s = sheetFile(f, 'Secondments');
      f[s] = f[s]!.replace('</sheetData>', `${Array.from({ length: 5000 }, (_, i) => `<row r="${100 + i}"/>`).join('')}<row r="6000">${inline('A6000', 'S-99')}</row></sheetData>`);
    });
  }, [0, 1]));
  add(fileCase('a cell at XFD1 beside 30,000 rows', async () => {
    const b = await xlsxBytes({ ...tracker(), as: { Secondments: 'range' } });
    return patchZip(b, (f) => {
      setCell(f, 'Secondments', 'A1', `${inline('A1', 'Title')}${inline('XFD1', 'far right')}`);
      const s = sheetFile(f, 'Secondments');
      // The rows are written as XML directly: 30,000 rows through exceljs would take most of the test's time.
      const rows = Array.from({ length: 30_000 }, (_, i) => `<row r="${10 + i}">${inline(`A${10 + i}`, `S-${i}`)}${inline(`B${10 + i}`, 'North West')}<c r="I${10 + i}"><v>1</v></c></row>`);
      f[s] = f[s]!.replace('</sheetData>', `${rows.join('')}</sheetData>`);
    });
  }, [0, 1]));

  // --- Not a regular file, or too big --------------------------------------------------------------
  add({ name: 'a folder', exit: [2], says: /folder/, make: async (dir) => { const d = path.join(dir, 'folder.xlsx'); await fs.mkdir(d); return d; } });
  add({ name: 'a file that does not exist', exit: [2], says: /no file called/, make: async (dir) => path.join(dir, 'missing.xlsx') });
  add({ name: '/dev/zero behind a symlink', exit: [2], says: /not an ordinary file/, make: async (dir) => { const l = path.join(dir, 'zero.xlsx'); await fs.symlink('/dev/zero', l); return l; } });
  add({ name: 'a symlink loop', exit: [2], says: /circle|no file/, make: async (dir) => { const a = path.join(dir, 'a.xlsx'); await fs.symlink(path.join(dir, 'b.xlsx'), a); await fs.symlink(a, path.join(dir, 'b.xlsx')); return a; } });
  add({
    name: 'a named pipe',
    exit: [2],
    says: /not an ordinary file/,
    make: async (dir) => {
      const p = path.join(dir, 'pipe.xlsx');
      const { execFileSync } = await import('node:child_process');
      execFileSync('mkfifo', [p]);
      return p;
    },
  });
  add({ ...fileCase('a file over the size limit', () => new Uint8Array(2 * 1024 * 1024 + 10).fill(0x50), [2], /more than the 1 MB limit.*--max-size/), args: ['--max-size', '1'] });
  add({ ...fileCase('a bad --max-size', () => xlsxBytes(tracker()), [2], /--max-size should be/), args: ['--max-size', '1e999'] });
  add(fileCase('a file name with an escape sequence', () => xlsxBytes(tracker()), [0, 1], undefined, '\u001b[2Jevil\u0007.xlsx'));
  add({ name: 'a missing file whose name holds an NI number', exit: [2], says: /no file called/, make: async (dir) => path.join(dir, 'QQ123456C.xlsx') });

  // --- The pack -------------------------------------------------------------------------------------
  const pack = (name: string, input: WorkbookInput, exit: readonly number[] = [0], says?: RegExp, out?: string): HostileCase => ({
    ...fileCase(name, async () => xlsxBytes(input), exit, says),
    make: async (dir) => {
      const f = path.join(dir, 'input.xlsx');
      await fs.writeFile(f, await xlsxBytes(input));
      if (out === 'folder.xlsx') await fs.mkdir(path.join(dir, out));
      return f;
    },
    command: 'pack',
    ...(out !== undefined ? { args: ['--out', out] } : {}),
  });
  add(pack('pack: names and NI numbers everywhere', tracker({ 'Secondment ID': 'QQ-12-34-56-C', YOT: 'Amira Patel YJS' }, { 'Vacancy ID': 'Zoë Ng' }, { disputes: [{ 'Dispute ID': 'D-1', YOT: 'Patel, Amira', Raised: '01/08/2025', Summary: 'ＱＱ１２３４５６Ｃ and Tom  Hargreaves' }] })));
  add(pack('pack: a region called &N&P', tracker({ Region: '&N&P' }, {}, { board: { region: '&N &P &D &"Arial"', asOf: '30/09/2025' } })));
  add(pack('pack: a 300-character region name', tracker({}, {}, { board: { region: big(300, 'Region '), asOf: '30/09/2025' } })));
  add(pack('pack: a 40,000-character dispute summary', tracker({}, {}, { disputes: [{ 'Dispute ID': 'D-1', YOT: 'Wirral YJS', Raised: '01/08/2025', Summary: big(40_000, 'long ') }] })));
  add(pack('pack: a temp invoice of 400 nines', tracker({}, { 'Temp invoice': big(400) })));
  add(pack('pack: control characters in a YOT name', tracker({ YOT: '\u001b[2JWirral\u0007' })));
  add(pack('pack: --out names a folder', tracker(), [2], /is a folder/, 'folder.xlsx'));
  add(pack('pack: --out in a folder that does not exist', tracker(), [2], /does not exist/, 'nowhere/pack.xlsx'));
  add(pack('pack: --out inside a file', tracker(), [2], /is a file, not a folder/, 'input.xlsx/pack.xlsx'));
  add(pack('pack: --out names the input', tracker(), [2], /input workbook|already exists/, 'input.xlsx'));
  add(pack('pack: --out is not .xlsx', tracker(), [2], /\.xlsx/, 'pack.txt'));
  add(pack('pack: --out on a read-only file system', tracker(), [2], /can't be written|read-only/, '/sys/pack.xlsx'));
  add(pack('pack: --out under /proc', tracker(), [2], /can't be written|does not exist|folder/, '/proc/pack.xlsx'));
  return cases;
}
