/**
 * A small, direct SpreadsheetML (OOXML) writer: the pieces write-pack.ts puts
 * a pack together from, with no document model in between. XML text is made
 * as it is needed and handed to fflate's streaming zip (`Zip` + `ZipDeflate`)
 * in pieces of about 64 KB, so a sheet of 100,000 rows is never one string and
 * the zip's bytes go to their sink (a file, or a list of chunks) as they are
 * made.
 *
 * What is here: XML escaping that drops characters XML 1.0 forbids; the zip
 * with fixed entry times (the same inputs give the same bytes); a style table
 * that numbers fonts, fills, borders, number formats and cell formats (xf)
 * once each; the package's fixed parts ([Content_Types].xml, relationships,
 * document properties, a plain Office theme). Element orders follow ECMA-376
 * Part 1 (CT_Stylesheet, CT_Xf, CT_Worksheet), which Excel checks strictly.
 * Over 350 lines: the package's fixed parts are long strings of XML, kept
 * beside the escaping and the zip they go through so the format is in one place.
 */
import { Zip, ZipDeflate, ZipPassThrough, type AsyncFlateStreamHandler, type ZipInputFile } from 'fflate';

// ---------------------------------------------------------------------------
// XML text

/** Characters XML 1.0 forbids (C0 controls but tab, LF, CR; U+FFFE/U+FFFF) and lone surrogates: dropped. */
// eslint-disable-next-line no-control-regex -- matching the control characters XML 1.0 forbids is the point
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// eslint-disable-next-line no-control-regex -- as above
const SPECIAL = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Text as XML character data or an attribute value (double-quoted): escaped, illegal characters dropped. */
export function xml(text: string): string {
  if (!SPECIAL.test(text)) return text;
  return text.replace(ILLEGAL, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Text that keeps its leading or trailing spaces, or line breaks, needs xml:space="preserve" on its <t>. */
export function textElement(text: string): string {
  const keep = text.length > 0 && (text.charCodeAt(0) <= 32 || text.charCodeAt(text.length - 1) <= 32 || text.includes('\n'));
  return keep ? `<t xml:space="preserve">${xml(text)}</t>` : `<t>${xml(text)}</t>`;
}

export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const REL = {
  officeDocument: `${NS_R}/officeDocument`,
  core: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
  app: `${NS_R}/extended-properties`,
  styles: `${NS_R}/styles`,
  theme: `${NS_R}/theme`,
  worksheet: `${NS_R}/worksheet`,
  table: `${NS_R}/table`,
  drawing: `${NS_R}/drawing`,
  image: `${NS_R}/image`,
} as const;

export const CONTENT = {
  workbook: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  theme: 'application/vnd.openxmlformats-officedocument.theme+xml',
  table: 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  core: 'application/vnd.openxmlformats-package.core-properties+xml',
  app: 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
} as const;

/** A part's relationships (its _rels/….rels), numbered rId1.. in the order given. */
export function relationships(rels: readonly { type: string; target: string }[]): string {
  return `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">${rels.map((r, i) => `<Relationship Id="rId${i + 1}" Type="${r.type}" Target="${xml(r.target)}"/>`).join('')}</Relationships>`;
}

/** [Content_Types].xml: png, rels and xml by extension, each other part by name. */
export function contentTypes(parts: readonly { name: string; type: string }[]): string {
  const defaults = '<Default Extension="png" ContentType="image/png"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>';
  return `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${defaults}${parts.map((p) => `<Override PartName="/${xml(p.name)}" ContentType="${p.type}"/>`).join('')}</Types>`;
}

export interface CoreProperties {
  readonly creator: string;
  readonly lastModifiedBy: string;
  readonly title: string;
  readonly subject: string;
  readonly keywords: string;
  readonly description: string;
  readonly category: string;
  readonly created: Date;
  readonly modified: Date;
}

/** W3CDTF without milliseconds, as Excel writes it. */
const w3c = (d: Date) => `${d.toISOString().slice(0, 19)}Z`;

export function coreProperties(p: CoreProperties): string {
  return (
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:creator>${xml(p.creator)}</dc:creator><dc:title>${xml(p.title)}</dc:title><dc:subject>${xml(p.subject)}</dc:subject><dc:description>${xml(p.description)}</dc:description>` +
    `<cp:keywords>${xml(p.keywords)}</cp:keywords><cp:category>${xml(p.category)}</cp:category><cp:lastModifiedBy>${xml(p.lastModifiedBy)}</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${w3c(p.created)}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${w3c(p.modified)}</dcterms:modified></cp:coreProperties>`
  );
}

export function appProperties(sheetNames: readonly string[]): string {
  return (
    `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
    `<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>` +
    `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${sheetNames.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${sheetNames.length}" baseType="lpstr">${sheetNames.map((n) => `<vt:lpstr>${xml(n)}</vt:lpstr>`).join('')}</vt:vector></TitlesOfParts>` +
    `<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>`
  );
}

/** Excel's 2007–2010 Office theme, its colours and fonts (the built-in table styles draw their colours from it), without the per-script font list. */
export const THEME =
  `${XML_HEAD}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements>` +
  '<a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>' +
  '<a:dk2><a:srgbClr val="1F497D"/></a:dk2><a:lt2><a:srgbClr val="EEECE1"/></a:lt2><a:accent1><a:srgbClr val="4F81BD"/></a:accent1><a:accent2><a:srgbClr val="C0504D"/></a:accent2>' +
  '<a:accent3><a:srgbClr val="9BBB59"/></a:accent3><a:accent4><a:srgbClr val="8064A2"/></a:accent4><a:accent5><a:srgbClr val="4BACC6"/></a:accent5><a:accent6><a:srgbClr val="F79646"/></a:accent6>' +
  '<a:hlink><a:srgbClr val="0000FF"/></a:hlink><a:folHlink><a:srgbClr val="800080"/></a:folHlink></a:clrScheme>' +
  '<a:fontScheme name="Office"><a:majorFont><a:latin typeface="Cambria"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>' +
  '<a:fmtScheme name="Office"><a:fillStyleLst>' +
  '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'.repeat(3) +
  '</a:fillStyleLst><a:lnStyleLst>' +
  '<a:ln w="9525" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:prstDash val="solid"/></a:ln>'.repeat(3) +
  '</a:lnStyleLst><a:effectStyleLst>' +
  '<a:effectStyle><a:effectLst/></a:effectStyle>'.repeat(3) +
  '</a:effectStyleLst><a:bgFillStyleLst>' +
  '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'.repeat(3) +
  '</a:bgFillStyleLst></a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>';

// ---------------------------------------------------------------------------
// Styles

export interface FontSpec {
  readonly name: string;
  readonly size: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** RGB hex, six digits; absent: automatic (black). */
  readonly colour?: string | null;
}

export interface CellFormat {
  /** An Excel number format code ('General' when absent). */
  readonly numFmt?: string;
  readonly font?: FontSpec;
  /** A solid fill, RGB hex. */
  readonly fill?: string | null;
  /** A hairline under the cell in this colour (RGB hex). */
  readonly bottomHair?: string | null;
  readonly horizontal?: 'left' | 'center' | 'right';
  readonly vertical?: 'top' | 'center' | 'bottom';
  readonly wrap?: boolean;
  readonly indent?: number;
}

/** Excel's built-in number formats the pack uses (ECMA-376 Part 1 §18.8.30); any other gets an id from 164. */
const BUILT_IN_FORMATS: Readonly<Record<string, number>> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '@': 49 };

/**
 * The workbook's style table: each distinct font, fill, border, number format
 * and cell format once, numbered as styles.xml lists them. Cell format 0 is
 * the default (Calibri 11, as Excel's Normal style).
 */
export class StyleTable {
  private readonly fonts = new Map<string, number>([['<sz val="11"/><name val="Calibri"/><family val="2"/>', 0]]);
  private readonly fills = new Map<string, number>([
    ['<patternFill patternType="none"/>', 0],
    ['<patternFill patternType="gray125"/>', 1],
  ]);
  private readonly borders = new Map<string, number>([['<left/><right/><top/><bottom/><diagonal/>', 0]]);
  private readonly numFmts = new Map<string, number>();
  private readonly xfs = new Map<string, number>([['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>', 0]]);

  private static index(map: Map<string, number>, key: string): number {
    let i = map.get(key);
    if (i === undefined) {
      i = map.size;
      map.set(key, i);
    }
    return i;
  }

  /** The cell format's index (the s= of a cell), added to the table the first time it is asked for. */
  format(f: CellFormat): number {
    const code = f.numFmt ?? 'General';
    let numFmtId: number | undefined = BUILT_IN_FORMATS[code] ?? this.numFmts.get(code);
    if (numFmtId === undefined) {
      numFmtId = 164 + this.numFmts.size;
      this.numFmts.set(code, numFmtId);
    }
    const fontId = f.font === undefined ? 0 : StyleTable.index(this.fonts, fontXml(f.font));
    const fillId = f.fill ? StyleTable.index(this.fills, `<patternFill patternType="solid"><fgColor rgb="FF${f.fill}"/></patternFill>`) : 0;
    const borderId = f.bottomHair ? StyleTable.index(this.borders, `<left/><right/><top/><bottom style="hair"><color rgb="FF${f.bottomHair}"/></bottom><diagonal/>`) : 0;
    const align =
      (f.horizontal ? ` horizontal="${f.horizontal}"` : '') + (f.vertical ? ` vertical="${f.vertical}"` : '') + (f.wrap ? ' wrapText="1"' : '') + (f.indent ? ` indent="${f.indent}"` : '');
    const applies =
      (numFmtId !== 0 ? ' applyNumberFormat="1"' : '') + (fontId !== 0 ? ' applyFont="1"' : '') + (fillId !== 0 ? ' applyFill="1"' : '') + (borderId !== 0 ? ' applyBorder="1"' : '') + (align ? ' applyAlignment="1"' : '');
    const xf = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applies}${align ? `><alignment${align}/></xf>` : '/>'}`;
    return StyleTable.index(this.xfs, xf);
  }

  /** xl/styles.xml, in CT_Stylesheet's order. */
  toXml(): string {
    const list = (tag: string, map: Map<string, number>, wrap: (k: string) => string) => `<${tag} count="${map.size}">${[...map.keys()].map(wrap).join('')}</${tag}>`;
    const numFmts = this.numFmts.size > 0 ? `<numFmts count="${this.numFmts.size}">${[...this.numFmts].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xml(code)}"/>`).join('')}</numFmts>` : '';
    return (
      `${XML_HEAD}<styleSheet xmlns="${NS_MAIN}">${numFmts}` +
      list('fonts', this.fonts, (k) => `<font>${k}</font>`) +
      list('fills', this.fills, (k) => `<fill>${k}</fill>`) +
      list('borders', this.borders, (k) => `<border>${k}</border>`) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list('cellXfs', this.xfs, (k) => k) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>'
    );
  }
}

function fontXml(f: FontSpec): string {
  return `${f.bold ? '<b/>' : ''}${f.italic ? '<i/>' : ''}${f.colour ? `<color rgb="FF${f.colour}"/>` : ''}<sz val="${f.size}"/><name val="${xml(f.name)}"/>`;
}

// ---------------------------------------------------------------------------
// The zip

/** Where the zip's bytes go, in order, as they are made. */
export type ZipSink = (chunk: Uint8Array) => void;

/**
 * A faster DEFLATE and CRC-32 than fflate's JavaScript (Node's zlib; write-pack.ts uses it in Node).
 * `deflate` compresses one piece of an entry on its own, ended with a sync flush unless `final`, so the
 * pieces joined are one valid DEFLATE stream. It may answer later (a promise: Node's zlib compresses on
 * its thread pool while the next rows are made); the pieces still reach the zip in order.
 */
export interface Compression {
  readonly deflate: (piece: Uint8Array, final: boolean) => Uint8Array | Promise<Uint8Array>;
  /** CRC-32 of `data` continuing from `running` (0 to start), as zlib.crc32 computes it. */
  readonly crc32: (data: Uint8Array, running: number) => number;
}

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[i] = c;
  }
  return t;
})();

/** CRC-32 (the zip's) of `data` continuing from `running`, in JavaScript: for a Node without zlib.crc32. */
export function crc32(data: Uint8Array, running: number): number {
  let c = ~running;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 255]! ^ (c >>> 8);
  return ~c >>> 0;
}

/** A piece's DEFLATE bytes, or the error that stopped it. */
type Compressed = { bytes: Uint8Array; error?: undefined } | { bytes?: undefined; error: unknown };

/**
 * A zip entry compressed by a Compression (fflate's ZipInputFile: fflate writes its headers and keeps the
 * entries in order; this entry keeps its own pieces in order, keeps the CRC and size of the text pushed, and
 * says how much text is still being compressed so the writer can wait for it).
 */
class CompressedEntry implements ZipInputFile {
  size = 0;
  crc = 0;
  // DEFLATE; general-purpose flag bits 1–2 left at 0 ("normal").
  readonly compression = 8;
  mtime?: Date;
  ondata?: AsyncFlateStreamHandler;
  private queue: Promise<void> = Promise.resolve();
  private inFlight = 0;

  constructor(readonly filename: string, private readonly c: Compression) {}

  push(chunk: Uint8Array, final = false): void {
    this.crc = this.c.crc32(chunk, this.crc);
    this.size += chunk.length;
    if (this.inFlight === 0) {
      let out: Uint8Array | Promise<Uint8Array> | null = null;
      try {
        out = this.c.deflate(chunk, final);
      } catch (error) {
        this.emit({ error }, final);
        return;
      }
      if (out instanceof Uint8Array) {
        this.emit({ bytes: out }, final);
        return;
      }
      this.wait(chunk.length, out, final);
      return;
    }
    // One piece compressed at a time: several at once on a 2-core machine cost three times the CPU.
    this.wait(
      chunk.length,
      this.queue.then(() => this.c.deflate(chunk, final)),
      final,
    );
  }

  private wait(n: number, out: Promise<Uint8Array>, final: boolean): void {
    this.inFlight += n;
    const done = out.then(
      (bytes): Compressed => ({ bytes }),
      (error: unknown): Compressed => ({ error }),
    );
    this.queue = done.then((r) => {
      this.inFlight -= n;
      this.emit(r, final);
    });
  }

  private emit(r: Compressed, final: boolean): void {
    // (fflate types its chunks as backed by an ArrayBuffer; zlib's Buffers are.)
    if (r.bytes !== undefined) this.ondata!(null, r.bytes as Uint8Array<ArrayBuffer>, final);
    else this.ondata!(Object.assign(r.error instanceof Error ? r.error : new Error(String(r.error)), { code: 0 }), new Uint8Array(0), final);
  }

  /** A promise to wait on when more than `limit` bytes of text are still being compressed; null otherwise. */
  behind(limit: number): Promise<void> | null {
    return this.inFlight > limit ? this.queue : null;
  }
}

/** Text is handed to the compressor in pieces of about this many characters. */
const PIECE = 1 << 16;
/** Text being compressed off the main thread beyond which the writer waits (bytes): bounds the memory it holds. */
const BACKLOG = 4 << 20;

/** UTF-8 of text that is not all ASCII (the browser's and Node's own encoder; the same bytes as Buffer.from). */
const UTF8 = new TextEncoder();

/**
 * An entry being written: text is gathered into pieces of about 64 KB (counted
 * in UTF-16 code units), each compressed and passed to the sink at once, so
 * nothing holds a whole sheet. Text is encoded to UTF-8 as it is written, into
 * one reused buffer: a sheet's rows are never joined into strings first (at
 * 100,000 rows, flattening ~145 MB of concatenated cell strings took more time
 * than compressing them, and their garbage more again).
 *
 * `write` adds text and may end the piece; `put`, `putInt` and `putText` add
 * to the current piece without ending it, and `endPiece` ends it if it is long
 * enough, so a row written in parts is cut where the same row written as one
 * string would be (the same pieces, so the same compressed bytes).
 */
export class EntryWriter {
  private buf = new Uint8Array(PIECE * 4);
  private pos = 0;
  private chars = 0;

  constructor(private readonly entry: { push(data: Uint8Array, final?: boolean): void; behind?(limit: number): Promise<void> | null }) {}

  /** Wait on this when it is not null: more than a few MB of this entry's text is still being compressed. */
  behind(): Promise<void> | null {
    return this.entry.behind?.(BACKLOG) ?? null;
  }

  /** Room for `bytes` more. */
  private room(bytes: number): void {
    if (this.pos + bytes <= this.buf.length) return;
    const bigger = new Uint8Array(Math.max(this.buf.length * 2, this.pos + bytes));
    bigger.set(this.buf.subarray(0, this.pos));
    this.buf = bigger;
  }

  /** Text as it is (already XML), without ending the piece. */
  put(text: string): void {
    const n = text.length;
    this.chars += n;
    this.room(n * 3);
    const buf = this.buf;
    let pos = this.pos;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x80) {
        this.pos = pos + UTF8.encodeInto(i === 0 ? text : text.slice(i), buf.subarray(pos)).written;
        return;
      }
      buf[pos++] = c;
    }
    this.pos = pos;
  }

  /** A whole number's decimal digits (as `${n}` writes it), without ending the piece. */
  putInt(n: number): void {
    if (n < 0 || n > 0x7fffffff || n !== Math.floor(n)) {
      this.put(String(n));
      return;
    }
    let digits = 1;
    for (let m = n; m >= 10; m = Math.floor(m / 10)) digits++;
    this.chars += digits;
    this.room(digits);
    let pos = this.pos + digits;
    this.pos = pos;
    const buf = this.buf;
    let m = n;
    do {
      buf[--pos] = 48 + (m % 10);
      m = Math.floor(m / 10);
    } while (m > 0);
  }

  /** A text cell's <t> element (as textElement makes it), without ending the piece. */
  putText(text: string): void {
    const keep = text.length > 0 && (text.charCodeAt(0) <= 32 || text.charCodeAt(text.length - 1) <= 32 || text.includes('\n'));
    this.put(keep ? '<t xml:space="preserve">' : '<t>');
    this.put(xml(text));
    this.put('</t>');
  }

  /** End the piece here if it is long enough. */
  endPiece(): void {
    if (this.chars >= PIECE) this.flush(false);
  }

  write(text: string): void {
    this.put(text);
    this.endPiece();
  }

  private flush(final: boolean): void {
    // A copy: the compressor may keep what it is given (fflate's, in the browser), and the buffer is reused.
    const piece = this.buf.slice(0, this.pos);
    this.pos = 0;
    this.chars = 0;
    this.entry.push(piece, final);
  }

  end(): void {
    this.flush(true);
  }
}

/** A DOS date-time's fields from `at`'s UTC fields (zip times have no zone): 1980 at the earliest, 2-second grain. */
function zipTime(at: Date): Date {
  if (at.getUTCFullYear() < 1980) return new Date(1980, 0, 1, 0, 0, 0);
  // fflate writes the Date's local fields; these local fields are the UTC ones wanted.
  return new Date(Math.min(2099, at.getUTCFullYear()), at.getUTCMonth(), at.getUTCDate(), at.getUTCHours(), at.getUTCMinutes(), at.getUTCSeconds());
}

/**
 * A zip written entry by entry to `sink`, every entry stamped with `at` (so two
 * packs of the same inputs are the same bytes). Entries are written one after
 * another: finish one (EntryWriter.end) before starting the next.
 */
export class PackageZip {
  private readonly zip: Zip;
  private readonly mtime: Date;
  private failure: Error | null = null;
  private done: (() => void) | null = null;
  private finished = false;

  /** `compression`: a faster DEFLATE and CRC than fflate's (Node's zlib); fflate's own otherwise (the browser). */
  constructor(sink: ZipSink, at: Date, private readonly compression: Compression | null = null) {
    this.mtime = zipTime(at);
    this.zip = new Zip((err, chunk, final) => {
      if (err) {
        this.failure ??= err;
        // A piece compressed off the main thread can fail after end() was called: end's promise rejects.
        this.done?.();
        return;
      }
      sink(chunk);
      if (final) {
        this.finished = true;
        this.done?.();
      }
    });
  }

  private check(): void {
    if (this.failure) throw this.failure;
  }

  /** Start an entry to write text into. */
  open(name: string): EntryWriter {
    this.check();
    const entry = this.compression !== null ? new CompressedEntry(name, this.compression) : new ZipDeflate(name, { level: 6 });
    entry.mtime = this.mtime;
    this.zip.add(entry);
    return new EntryWriter(entry);
  }

  /** A whole entry at once: text, or bytes stored as they are (PNGs are compressed already). */
  add(name: string, content: string | Uint8Array): void {
    if (typeof content === 'string') {
      const e = this.open(name);
      e.write(content);
      e.end();
      return;
    }
    this.check();
    const entry = new ZipPassThrough(name);
    entry.mtime = this.mtime;
    this.zip.add(entry);
    entry.push(content, true);
  }

  /** Write the central directory; resolves once the sink has had the last byte. */
  end(): Promise<void> {
    this.check();
    const finished = new Promise<void>((resolve, reject) => {
      this.done = () => (this.failure ? reject(this.failure) : resolve());
    });
    this.zip.end();
    this.check();
    if (this.finished) return Promise.resolve();
    return finished;
  }
}
