/**
 * The BUILT task pane in a real browser (standalone mode: dist/ on 127.0.0.1,
 * Debian's Chromium through playwright-core, 350 px wide): "Compare with last
 * quarter's tracker…" and "Download PDF" (#11). Opens the sample, chooses the
 * shipped previous-quarter sample, builds the pack and downloads the .xlsx
 * (a Movement sheet, last quarter's figures, both input files on the Cover with
 * their SHA-256) and the PDF (read back with pdftotext: Contents, Movement,
 * decisions, actions), and checks the PDF says what `yot pack --previous --pdf`
 * says from the same two files. pdfmake loads only when the PDF is asked for.
 * A file that is not last quarter's, or not an .xlsx, gets one plain sentence.
 *
 * Needs `npm run build` first (the add-in; the CLI runs here from its sources),
 * /usr/bin/chromium, and pdftotext (poppler-utils).
 */
import { createHash } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import type { BrowserContext, Page } from 'playwright-core';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import { pdftotext, run } from '../helpers/tools';
import { CHROMIUM, DIST, launchChromium, serveDist } from '../helpers/browser';

const ROOT = path.resolve(__dirname, '../..');
const SAMPLE = path.join(ROOT, 'samples/north-west-tracker.xlsx');
const PREVIOUS = path.join(ROOT, 'samples/north-west-tracker-previous.xlsx');
const SHOTS = path.join(ROOT, 'test-output/screenshots');
const WIDTH = 350;
const FOLD = 700;

jest.setTimeout(300_000);



/** axe-core's moderate, serious and critical violations on what is on screen (Fluent's focus sentinels aside, as in taskpane-standalone.test.ts). */
async function seriousViolations(): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: object, opts: object) => Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run({ include: [['html']], exclude: [['[data-tabster-dummy]']] }, { resultTypes: ['violations'] })).violations;
  });
  return (violations as { id: string; impact: string | null; help: string }[]).filter((v) => v.impact === 'moderate' || v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}: ${v.help}`);
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The PDF's text, page by page as pdftotext lays it out. */
async function pdfText(file: string): Promise<string> {
  return (await run(pdftotext!, ['-layout', file, '-'], { timeout: 60_000, maxBuffer: 64 * 1024 * 1024 })).stdout;
}

/** Text that differs between two builds of the same pack: only the moment it was generated. */
const withoutGenerated = (text: string) => text.replace(/^.*Generated.*$/m, '');

let served: Awaited<ReturnType<typeof serveDist>>;
let context: BrowserContext;
let page: Page;
let dir: string;
const external: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  if (!fs.existsSync(path.join(DIST, 'taskpane.html'))) throw new Error('dist/taskpane.html is missing: run `npm run build:addin` before this test.');
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (this test never downloads a browser).`);
  if (!pdftotext) throw new Error('pdftotext is missing: apt-get install -y poppler-utils.');
  await fsp.mkdir(SHOTS, { recursive: true });
  served = await serveDist();
  dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'yot-compare-pdf-'));
  context = await launchChromium(path.join(dir, 'profile'), { width: WIDTH, height: FOLD }, external);
  page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.setDefaultTimeout(60_000);
});

afterAll(async () => {
  await context?.close();
  await new Promise((r) => served?.server.close(r));
  if (dir) await fsp.rm(dir, { recursive: true, force: true });
});

const previousPicker = () => page.getByLabel('Compare with last quarter’s tracker…');
const pdfChunkRequested = () => served.requests.some((r) => /\/pdfmake\.[0-9a-f]+\.js$/.test(r));

describe('task pane: compare with last quarter, and the pack as a PDF', () => {
  it('opens the sample, and reads last quarter’s tracker chosen from disk', async () => {
    await page.goto(`${served.origin}/taskpane.html`);
    await page.getByLabel('Open an .xlsx workbook').setInputFiles(SAMPLE);
    await page.getByText('Opened north-west-tracker.xlsx').waitFor();
    await page.getByRole('tab', { name: 'Pack' }).click();
    await page.getByRole('textbox', { name: 'Figures as on' }).waitFor();
    await page.waitForFunction(() => (document.querySelector<HTMLInputElement>('#panel-pack input[placeholder="dd/mm/yyyy"]')?.value ?? '') !== '');

    // Not an .xlsx: one sentence, and nothing chosen.
    await previousPicker().setInputFiles({ name: 'last-quarter.csv', mimeType: 'text/csv', buffer: Buffer.from('Secondment ID,Region\n') });
    await page.getByText('Last quarter’s tracker, "last-quarter.csv", is not an .xlsx file', { exact: false }).waitFor();
    await expect(page.getByText('Comparing with').count()).resolves.toBe(0);

    await previousPicker().setInputFiles(PREVIOUS);
    await page.getByText('Comparing with north-west-tracker-previous.xlsx.').waitFor();
    await expect(page.getByText('is not an .xlsx file', { exact: false }).count()).resolves.toBe(0);
    // Reading the file brought the spreadsheet reader, not the PDF writer.
    expect(pdfChunkRequested()).toBe(false);
    await expect(page.getByRole('button', { name: 'Build and download pack' }).isEnabled()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Download PDF' }).isEnabled()).resolves.toBe(true);
    await page.screenshot({ path: path.join(SHOTS, 'pack-compare-350x700.png'), clip: { x: 0, y: 0, width: WIDTH, height: FOLD }, animations: 'disabled' });
    await page.screenshot({ path: path.join(SHOTS, 'pack-compare.png'), fullPage: true, animations: 'disabled' });
    expect(await seriousViolations()).toEqual([]);
  });

  it('builds the pack with the comparison and downloads an .xlsx with a Movement sheet and both input files on its Cover', async () => {
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByRole('button', { name: 'Build and download pack' }).click()]);
    expect(download.suggestedFilename()).toBe('yogb-pack-north-west-2025-26-q2.xlsx');
    const saved = path.join(dir, 'pack.xlsx');
    await download.saveAs(saved);
    await page.getByText('Pack built').waitFor();
    await expect(page.getByText('2025/26 Q1 (as of 30/06/2025)').isVisible()).resolves.toBe(true);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual(['Cover', 'Board summary', 'Movement', 'Summary', 'Vacancies', 'Secondments', 'Allocation', 'Finance', 'Disputes', 'Actions', 'Data quality']);
    const movement = JSON.stringify(wb.getWorksheet('Movement')!.getSheetValues());
    // The shipped pair: NW-V002 advanced from stage 3 to 4; NW-V010 closed (withdrawn) since.
    expect(movement).toContain('NW-V002');
    expect(movement).toContain('NW-V010');
    const cover = JSON.stringify(wb.getWorksheet('Cover')!.getSheetValues());
    for (const [file, quarter] of [[SAMPLE, 'this quarter'], [PREVIOUS, 'last quarter']] as const) {
      const bytes = await fsp.readFile(file);
      expect(cover).toContain(`${path.basename(file)} (${quarter}), ${bytes.length.toLocaleString('en-GB')} bytes, SHA-256 ${sha256(bytes)}`);
    }
    // Last quarter's figures beside this quarter's on the Board summary.
    const board = JSON.stringify(wb.getWorksheet('Board summary')!.getSheetValues());
    expect(board).toContain('Last quarter 2025/26 Q1');
    // Still no PDF code: pdfmake loads only for "Download PDF".
    expect(pdfChunkRequested()).toBe(false);
  });

  it('downloads the same pack as a PDF: contents, movement, decisions and actions, as yot pack --previous --pdf writes it', async () => {
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 180_000 }), page.getByRole('button', { name: 'Download PDF' }).click()]);
    expect(download.suggestedFilename()).toBe('yogb-pack-north-west-2025-26-q2.pdf');
    const saved = path.join(dir, 'pack.pdf');
    await download.saveAs(saved);
    await page.getByText('PDF ready').waitFor();
    expect(pdfChunkRequested()).toBe(true);
    await expect(page.getByRole('link', { name: 'save yogb-pack-north-west-2025-26-q2.pdf' }).getAttribute('href')).resolves.toMatch(/^blob:/);
    await page.screenshot({ path: path.join(SHOTS, 'pack-pdf-350x700.png'), clip: { x: 0, y: 0, width: WIDTH, height: FOLD }, animations: 'disabled' });
    expect(await seriousViolations()).toEqual([]);

    expect((await fsp.readFile(saved)).subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(saved);
    expect(text).toContain('Contents');
    expect(text).toContain('Movement since 2025/26 Q1');
    expect(text).toContain('Decisions for the board (12)');
    expect(text).toContain('Board actions on 30/09/2025');
    expect(text).toContain('OFFICIAL-SENSITIVE');
    expect(text).not.toContain('Amira Patel');

    // The CLI from the same two files: the same text, page for page, but for the moment each was generated.
    const cliPdf = path.join(dir, 'cli.pdf');
    const io: CliIo = { stdout: () => undefined, stderr: () => undefined, now: () => new Date(), colour: false, cwd: dir };
    expect(await main(['pack', SAMPLE, '--previous', PREVIOUS, '--out', path.join(dir, 'cli.xlsx'), '--pdf', cliPdf], io)).toBe(0);
    const cliText = await pdfText(cliPdf);
    expect(withoutGenerated(text)).toBe(withoutGenerated(cliText));
  });

  it('refuses this quarter’s own tracker as last quarter’s, in one sentence', async () => {
    await previousPicker().setInputFiles(SAMPLE);
    await page.getByText('Comparing with north-west-tracker.xlsx.').waitFor();
    await page.getByRole('button', { name: 'Build and download pack' }).click();
    await page.getByText('Could not build the pack').waitFor();
    await expect(page.getByText(/Last quarter's tracker, "north-west-tracker\.xlsx", is as of 30\/09\/2025, which is not before this pack's date 30\/09\/2025/).isVisible()).resolves.toBe(true);
    // "Don't compare" takes it away.
    await page.getByRole('button', { name: 'Don’t compare' }).click();
    await expect(page.getByText('Comparing with').count()).resolves.toBe(0);
  });

  it('asked for nothing from anywhere but 127.0.0.1, and threw no page errors', () => {
    expect(external).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
