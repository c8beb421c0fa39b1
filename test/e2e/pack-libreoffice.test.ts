/**
 * A real spreadsheet application reads the pack: LibreOffice (headless)
 * converts it to PDF, printing every sheet with its page setup. Skipped, with
 * a message, only where `soffice` is not installed (CI installs it).
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import ExcelJS from 'exceljs';
import { makeWorkbook } from '../helpers/make-workbook';
import { pdftotext, run, soffice } from '../helpers/tools';



if (!soffice) {
  console.warn('pack-libreoffice: LibreOffice (soffice) is not installed, so the pack is not opened in a real spreadsheet application here. Install it (apt-get install libreoffice-calc) to run this test; CI does.');
}

const CONVERT_TIMEOUT_MS = 120_000;

(soffice ? describe : describe.skip)('the pack in LibreOffice', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'yot-pack-lo-'));
  });

  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it(
    'converts to a PDF of every sheet, marked OFFICIAL-SENSITIVE with page numbers',
    async () => {
      const input = path.join(dir, 'north-west.xlsx');
      await makeWorkbook(input, {
        board: { region: 'North West', meetingDate: '21/10/2025', asOf: '30/09/2025' },
        secondments: [
          { 'Secondment ID': 'NW-S1', Region: 'North West', PDU: 'Wirral', YOT: 'Wirral YJS', Role: 'PO', Secondee: 'Amira Patel', FTE: 1, 'Start date': '31/03/2024', 'Vetting cleared': '01/03/2024', 'Authorised officer': 'Y' },
          { 'Secondment ID': 'NW-S2', Region: 'North West', PDU: 'Wirral', YOT: 'Wirral YJS', Role: 'PSO', FTE: 0.6, 'Start date': '31/04/2025', 'Vetting cleared': '01/03/2024', 'Authorised officer': 'Y' },
        ],
        vacancies: [
          { 'Vacancy ID': 'NW-V1', Region: 'North West', PDU: 'Wirral', YOT: 'Wirral YJS', Role: 'PO', FTE: 1, 'Vacant from': '01/01/2025', 'Stage 1 date': '01/01/2025', 'Stage 1 evidence': 'EOI', 'Stage 4 date': '01/04/2025', 'Temp invoice': 4000 },
        ],
        disputes: [{ 'Dispute ID': 'NW-D1', YOT: 'Wirral YJS', Raised: '01/08/2025', Summary: 'Desk space' }],
      });
      const pack = path.join(dir, 'pack.xlsx');
      const io: CliIo = { stdout: () => undefined, stderr: (t) => console.error(t), now: () => new Date('2025-10-20T09:30:00Z'), colour: false, cwd: dir };
      expect(await main(['pack', input, '--out', pack], io)).toBe(0);

      // A fresh profile: no user settings, and no clash with a LibreOffice already running.
      const profile = `file://${path.join(dir, 'lo-profile')}`;
      await run(soffice!, ['--headless', '--norestore', `-env:UserInstallation=${profile}`, '--convert-to', 'pdf', '--outdir', dir, pack], { timeout: CONVERT_TIMEOUT_MS });

      const pdf = path.join(dir, 'pack.pdf');
      const bytes = await fs.readFile(pdf);
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      expect(bytes.length).toBeGreaterThan(20_000);

      if (!pdftotext) {
        console.warn('pack-libreoffice: pdftotext (poppler-utils) is not installed; the PDF was made but its text is not checked.');
        return;
      }
      const { stdout } = await run(pdftotext, ['-layout', pdf, '-'], { timeout: 30_000 });
      expect(stdout).toContain('OFFICIAL-SENSITIVE');
      expect(stdout).toMatch(/Page 1 of \d+/);
      for (const heading of ['YOS Governance Board quarterly pack', 'Summary by PDU and YOT', 'Vacancies open on 30/09/2025', 'Secondments active on 30/09/2025', 'Data quality: every finding']) {
        expect(stdout).toContain(heading);
      }
      expect(stdout).toContain('01/01/2025');
      expect(stdout).toContain('£4,000');
      expect(stdout).not.toContain('Amira Patel');
    },
    CONVERT_TIMEOUT_MS + 60_000,
  );

  it(
    'prints the sample pack with every page’s median word no smaller than 8 pt text, Region and tracker rows left out of print',
    async () => {
      if (!pdftotext) {
        console.warn('pack-libreoffice: pdftotext (poppler-utils) is not installed; the printed text size is not checked.');
        return;
      }
      const root = path.join(__dirname, '..', '..');
      const pack = path.join(dir, 'sample-pack.xlsx');
      const io: CliIo = { stdout: () => undefined, stderr: (t) => console.error(t), now: () => new Date('2025-10-20T09:30:00Z'), colour: false, cwd: dir };
      const sample = path.join(root, 'samples', 'north-west-tracker.xlsx');
      const previous = path.join(root, 'samples', 'north-west-tracker-previous.xlsx');
      expect(await main(['pack', sample, '--previous', previous, '--out', pack], io)).toBe(0);

      // The yardstick: 8 pt Arial printed at 100%, measured the same way (pdftotext's boxes are taller than the font size).
      const ruler = new ExcelJS.Workbook();
      const ws = ruler.addWorksheet('Ruler', { pageSetup: { paperSize: 9, orientation: 'landscape', scale: 100 } });
      for (let r = 1; r <= 20; r++) ws.getCell(`A${r}`).value = 'Open vacancies at stage 4 Blackburn 12 £9,800';
      ws.getColumn(1).font = { name: 'Arial', size: 8 };
      for (let r = 1; r <= 20; r++) ws.getCell(`A${r}`).font = { name: 'Arial', size: 8 };
      const rulerFile = path.join(dir, 'ruler-8pt.xlsx');
      await ruler.xlsx.writeFile(rulerFile);

      const profile = `file://${path.join(dir, 'lo-profile')}`;
      await run(soffice!, ['--headless', '--norestore', `-env:UserInstallation=${profile}`, '--convert-to', 'pdf', '--outdir', dir, pack, rulerFile], { timeout: CONVERT_TIMEOUT_MS });

      const medians = async (pdf: string): Promise<number[]> => {
        const { stdout } = await run(pdftotext!, ['-bbox', pdf, '-'], { timeout: 30_000, maxBuffer: 64 * 1024 * 1024 });
        return stdout
          .split('<page ')
          .slice(1)
          .map((page) => {
            const heights = [...page.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)].map((m) => Number(m[2]) - Number(m[1])).sort((a, b) => a - b);
            return heights.length === 0 ? Infinity : heights[Math.floor(heights.length / 2)]!;
          });
      };
      const [eightPoint] = await medians(path.join(dir, 'ruler-8pt.pdf'));
      expect(eightPoint).toBeGreaterThan(8);
      const pages = await medians(path.join(dir, 'sample-pack.pdf'));
      expect(pages.length).toBeGreaterThan(8);
      // The measure (no page's median word height under 8 pt) and the stricter one (no smaller than 8 pt text).
      const small = pages.map((h, i) => ({ page: i + 1, height: h })).filter((p) => p.height < 8 || p.height < eightPoint - 0.01);
      expect(small).toEqual([]);

      const { stdout: text } = await run(pdftotext, ['-layout', path.join(dir, 'sample-pack.pdf'), '-'], { timeout: 30_000 });
      for (const heading of ['Board summary: North West, 2025/26 Q2', 'Decisions for the board', 'Movement since 2025/26 Q1', 'Compared with 2025/26 Q1']) expect(text).toContain(heading);
      // Tracker row and the one region are in the sheets, not on paper.
      expect(text).not.toContain('Tracker row');
    },
    CONVERT_TIMEOUT_MS + 60_000,
  );
});
