/**
 * The core's calendar against a real spreadsheet's own EDATE: for every start
 * day of 2023–2028 and the terms the rules use, LibreOffice recalculates
 * EDATE(start, N), the last day `IF(DAY(EDATE(start,N)) < DAY(start),
 * EDATE(start,N), EDATE(start,N) − 1)` (docs/rules.md, "Secondment term") and the exit
 * planning date EDATE(last day, −6), and the core must agree on every row.
 * Skipped, with a message, only where `soffice` is not installed (CI installs it).
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { addMonths, formatUk, fromYmd } from '../../src/core/dates';
import { dayBeforeAnniversary, exitPlanningDue } from '../../src/core/calc/secondment';
import { NPF_2021 } from '../../src/core/rulebook';
import { run, soffice } from '../helpers/tools';



if (!soffice) {
  console.warn('edate-libreoffice: LibreOffice (soffice) is not installed, so the core is not compared with a spreadsheet\'s own EDATE here. Install it (apt-get install libreoffice-calc) to run this test; CI does.');
}

const CONVERT_TIMEOUT_MS = 180_000;
/** Month offsets the rules use: PPDA 1, stage 4 3, stage 5 4, review 6, PDR 12, terms 24, 30 (6-month extension), 36, police 60. */
const TERMS = [1, 3, 4, 6, 12, 24, 30, 36, 60];

(soffice ? describe : describe.skip)('EDATE and the last day, against LibreOffice', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'yot-edate-lo-'));
  });

  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it(
    'agrees with the spreadsheet on every start day of 2023–2028',
    async () => {
      const first = fromYmd(2023, 1, 1);
      const last = fromYmd(2028, 12, 31);
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('EDATE');
      ws.addRow(['start', 'months', 'edate', 'lastDay', 'exitPlanning']);
      let r = 2;
      for (let start = first; start <= last; start++) {
        for (const n of TERMS) {
          const row = ws.getRow(r);
          row.getCell(1).value = start;
          row.getCell(2).value = n;
          row.getCell(3).value = { formula: `EDATE(A${r},B${r})` };
          row.getCell(4).value = { formula: `IF(DAY(C${r})<DAY(A${r}),C${r},C${r}-1)` };
          row.getCell(5).value = { formula: `EDATE(D${r},-6)` };
          r++;
        }
      }
      const xlsx = path.join(dir, 'edate.xlsx');
      await wb.xlsx.writeFile(xlsx);
      const profile = `file://${path.join(dir, 'lo-profile')}`;
      await run(soffice!, ['--headless', '--norestore', `-env:UserInstallation=${profile}`, '--convert-to', 'csv', '--outdir', dir, xlsx], { timeout: CONVERT_TIMEOUT_MS });
      const lines = (await fs.readFile(path.join(dir, 'edate.csv'), 'utf8')).trim().split(/\r?\n/).slice(1);
      expect(lines).toHaveLength(r - 2);

      const mismatches: string[] = [];
      for (const line of lines) {
        const [start, n, edate, lastDay, exit] = line.split(',').map(Number) as [number, number, number, number, number];
        const ours = { edate: addMonths(start, n), lastDay: dayBeforeAnniversary(start, n), exit: exitPlanningDue(dayBeforeAnniversary(start, n), NPF_2021.values) };
        if (ours.edate !== edate || ours.lastDay !== lastDay || ours.exit !== exit) {
          mismatches.push(`${formatUk(start)} + ${n}: LibreOffice ${formatUk(edate)} / ${formatUk(lastDay)} / ${formatUk(exit)}, core ${formatUk(ours.edate)} / ${formatUk(ours.lastDay)} / ${formatUk(ours.exit)}`);
        }
      }
      expect(mismatches.slice(0, 10)).toEqual([]);
      // The issue's own examples are among the rows.
      expect(formatUk(dayBeforeAnniversary(fromYmd(2024, 2, 29), 24))).toBe('28/02/2026');
      expect(formatUk(dayBeforeAnniversary(fromYmd(2023, 8, 31), 30))).toBe('28/02/2026');
      expect(formatUk(dayBeforeAnniversary(fromYmd(2026, 3, 1), 24))).toBe('29/02/2028');
    },
    CONVERT_TIMEOUT_MS + 60_000,
  );
});
