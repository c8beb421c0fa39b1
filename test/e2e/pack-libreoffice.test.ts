/**
 * A real spreadsheet application reads the pack: LibreOffice (headless)
 * converts it to PDF, printing every sheet with its page setup. Skipped, with
 * a message, only where `soffice` is not installed (CI installs it).
 */
import { execFile, execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import { makeWorkbook } from '../helpers/make-workbook';

const run = promisify(execFile);

function which(cmd: string): string | null {
  try {
    return execFileSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

const soffice = which('soffice') ?? which('libreoffice');
const pdftotext = which('pdftotext');
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
});
