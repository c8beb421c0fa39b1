/**
 * Reproducible packs and Excel's limits in the file written: with
 * SOURCE_DATE_EPOCH set, two packs of the same inputs are byte-identical;
 * without it, only the Cover's generated time, the document properties and the
 * zip entry times differ.
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import { makeWorkbook } from '../helpers/make-workbook';
import { tracker } from '../helpers/hostile';
import { CUT_MARKER, EXCEL_CELL_MAX, fitCell, headerFooterCode, PAGE_NUMBERS } from '../../src/core/pack/layout';

let dir: string;
let input: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'yot-determinism-'));
  input = path.join(dir, 'nw.xlsx');
  await makeWorkbook(input, tracker({}, {}, { disputes: [{ 'Dispute ID': 'D-1', YOT: 'Wirral YJS', Raised: '01/08/2025', Summary: 'word '.repeat(8000) }] }));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function pack(out: string, now: Date, epoch: string | undefined): Promise<Buffer> {
  const saved = process.env['SOURCE_DATE_EPOCH'];
  if (epoch === undefined) delete process.env['SOURCE_DATE_EPOCH'];
  else process.env['SOURCE_DATE_EPOCH'] = epoch;
  try {
    const io: CliIo = { stdout: () => {}, stderr: (t) => { throw new Error(t); }, now: () => now, colour: false, cwd: dir };
    expect(await main(['pack', input, '--out', out, '--as-of', '30/09/2025'], io)).toBe(0);
  } finally {
    if (saved === undefined) delete process.env['SOURCE_DATE_EPOCH'];
    else process.env['SOURCE_DATE_EPOCH'] = saved;
  }
  return fs.readFile(out);
}

describe('reproducible packs', () => {
  it('with SOURCE_DATE_EPOCH, two packs built at different times are byte-identical', async () => {
    const a = await pack(path.join(dir, 'a.xlsx'), new Date('2025-10-20T09:30:00Z'), '1760000000');
    const b = await pack(path.join(dir, 'b.xlsx'), new Date('2026-01-02T17:45:13Z'), '1760000000');
    expect(a.equals(b)).toBe(true);
    expect(strFromU8(unzipSync(a)['docProps/core.xml']!)).toContain('2025-10-09T08:53:20');
  });

  it('without it, only the generated time, the properties and the zip times differ', async () => {
    const a = unzipSync(await pack(path.join(dir, 'c.xlsx'), new Date('2025-10-20T09:30:00Z'), undefined));
    const b = unzipSync(await pack(path.join(dir, 'd.xlsx'), new Date('2026-01-02T17:45:14Z'), undefined));
    expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
    const differ = Object.keys(a).filter((k) => strFromU8(a[k]!) !== strFromU8(b[k]!));
    // The Cover is the first sheet; its text is inline in its XML (sharedStrings.xml: a writer that shares strings).
    expect(differ.every((k) => ['docProps/core.xml', 'xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml'].includes(k))).toBe(true);
    expect(differ).toContain('docProps/core.xml');
  });

  it('a text longer than an Excel cell is cut with a marker that says so', async () => {
    const parts = unzipSync(await fs.readFile(path.join(dir, 'a.xlsx')));
    const xml = Object.values(parts).map((p) => strFromU8(p)).join('\n');
    for (const m of xml.matchAll(/<t[^>]*>([^<]*)<\/t>/g)) expect(m[1]!.length).toBeLessThanOrEqual(EXCEL_CELL_MAX);
    expect(xml).toContain(CUT_MARKER.trim());
  });
});

describe('Excel limits in the layout', () => {
  it('fitCell cuts at 32,767 characters and says so', () => {
    const t = fitCell('x'.repeat(40_000));
    expect(t).toHaveLength(EXCEL_CELL_MAX);
    expect(t.endsWith(CUT_MARKER)).toBe(true);
    expect(fitCell('short')).toBe('short');
  });

  it('headers and footers escape every & in text and fit in 255 characters', () => {
    expect(headerFooterCode({ left: '', centre: PAGE_NUMBERS, right: 'Region &N&P' })).toBe('&CPage &P of &N&RRegion &&N&&P');
    const long = headerFooterCode({ left: 'OFFICIAL-SENSITIVE', centre: PAGE_NUMBERS, right: `YOGB quarterly pack: National roll-up (${'Region & Co, '.repeat(20)})` });
    expect(long.length).toBeLessThanOrEqual(255);
    expect(long).toContain('&CPage &P of &N');
    expect(long.endsWith('…')).toBe(true);
    expect(long.replace(/&&/g, '').replace(/&[LCR]/g, '').replace(PAGE_NUMBERS, '')).not.toContain('&');
  });
});
