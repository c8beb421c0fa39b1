/**
 * The template's calculated columns, recalculated by a real spreadsheet
 * application: LibreOffice (headless) opens the written tracker, computes every
 * formula and saves each sheet as CSV; the dates it shows must be the core's
 * (the functions YOT.EXITDATE, YOT.REVIEWDATE and YOT.STAGEDATE wrap), for starts
 * and vacancy dates on month ends and 29 February.
 *
 * The last day follows docs/rules.md "Secondment term": the day before the anniversary
 * EDATE(start, N), or the clamped EDATE itself when the anniversary month has no
 * such day. The expected last day is computed here from that reading and must
 * also equal the core's lastDay; stage 5 is EDATE(stage 4 date, 1) with no floor
 * from the vacancy.
 * Skipped, with a message, only where `soffice` is not installed.
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { addDays, addMonths, formatUk, fromYmd, parseDate, toYmd, type Day } from '../../src/core/dates';
import { NPF_2021 } from '../../src/core/rulebook';
import { exitPlanningDue, lastDay as coreLastDay, ppdaDue, sixMonthReviewDue } from '../../src/core/calc/secondment';
import { stageEarliest } from '../../src/core/calc/stages';
import { buildTemplate, CALCULATED, extensionColumn } from '../../src/core/template';
import { templateXlsxBytes } from '../../src/adapters/xlsx/write-template';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import { run, soffice } from '../helpers/tools';

const SAMPLE = path.resolve(__dirname, '../../samples/north-west-tracker.xlsx');


if (!soffice) console.warn('template-libreoffice: LibreOffice (soffice) is not installed, so the formulas are not recalculated here. Install it (apt-get install libreoffice-calc) to run this test.');

const rb = NPF_2021.values;
const d = (s: string): Day => {
  const p = parseDate(s);
  if (!p.ok) throw new Error(s);
  return p.day;
};

/** docs/rules.md "Secondment term": the day before the anniversary, or the clamped EDATE when the month has no such day. */
function lastDayReading(start: Day, months: number): Day {
  const anniversary = addMonths(start, months);
  return toYmd(anniversary).day < toYmd(start).day ? anniversary : addDays(anniversary, -1);
}

const STARTS: [string, string, number][] = [
  // [start, scheme, extension years]
  ['29/02/2024', 'Probation', 0],
  ['31/08/2023', 'Probation', 1],
  ['31/01/2024', 'Probation', 0],
  ['30/04/2024', 'Probation', 1],
  ['01/03/2026', 'Probation', 0],
  ['31/12/2023', 'Probation', 0],
  ['28/02/2023', 'Probation', 1],
  ['31/05/2024', 'Probation', 0],
  ['29/02/2028', 'Police', 3],
  ['31/03/2025', 'Police', 1],
  ['01/04/2025', 'Probation', 0],
];

const VACANCIES: [string, string | null, string | null][] = [
  // [vacant from, stage 4 date, filled date]
  ['31/01/2025', null, null],
  ['30/11/2024', '28/02/2025', null],
  ['29/02/2024', null, '15/07/2024'],
  ['31/08/2025', '30/11/2025', null],
  ['31/05/2025', null, null],
  ['30/09/2025', null, null],
  ['31/12/2024', '31/03/2025', null],
];

const AS_OF = d('30/09/2025');

(soffice ? describe : describe.skip)('the template in LibreOffice', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'yot-template-lo-'));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it(
    'computes the same dates as the core for month ends and 29 February',
    async () => {
      const ext = extensionColumn()!;
      const perYear = ext.unit === 'months' ? 12 : 1;
      const doc = buildTemplate({
        region: 'North West',
        rulebook: NPF_2021,
        board: { asOf: AS_OF },
        data: {
          Secondments: STARTS.map(([start, scheme, years], i) => ({ 'Secondment ID': `S${i + 1}`, Scheme: scheme, 'Start date': d(start), [ext.header]: years * perYear })),
          Vacancies: VACANCIES.map(([from, s4, filled], i) => ({ 'Vacancy ID': `V${i + 1}`, 'Vacant from': d(from), 'Stage 4 date': s4 === null ? null : d(s4), 'Filled date': filled === null ? null : d(filled) })),
        },
      });
      const file = path.join(dir, 'tracker.xlsx');
      await fs.writeFile(file, await templateXlsxBytes(doc));

      const profile = `file://${path.join(dir, 'lo-profile')}`;
      // CSV filter options: comma, double quote, UTF-8, from row 1, formatted as shown, every sheet (-1) to its own file.
      const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';
      // A UK locale, as the SPOCs have: LibreOffice shows a dd/mm/yyyy format in the locale's own order.
      const env = { ...process.env, LC_ALL: 'en_GB.UTF-8', LANG: 'en_GB.UTF-8' };
      await run(soffice!, ['--headless', '--norestore', `-env:UserInstallation=${profile}`, '--convert-to', filter, '--outdir', dir, file], { timeout: 120_000, env });

      const sheet = async (name: string) => {
        const text = await fs.readFile(path.join(dir, `tracker-${name}.csv`), 'utf8');
        const rows = text.split(/\r?\n/).map((l) => l.split(','));
        const header = rows[0]!;
        return { rows: rows.slice(1), col: (h: string) => header.indexOf(h) };
      };

      const sec = await sheet('Secondments');
      const secOut = STARTS.map((_, i) => {
        const r = sec.rows[i]!;
        return { last: r[sec.col(CALCULATED.lastDay)], exit: r[sec.col(CALCULATED.exitDue)], review: r[sec.col(CALCULATED.reviewDue)], ppda: r[sec.col(CALCULATED.ppdaDue)] };
      });
      const secExpected = STARTS.map(([start, scheme, years]) => {
        const s = d(start);
        const police = scheme === 'Police';
        const months = 12 * ((police ? rb.policeInitialYears : rb.probationInitialYears) + years);
        const last = lastDayReading(s, months);
        // The template's formula, the reading and the core agree on every row, month ends and 29 February included.
        expect(coreLastDay(s, 12 * years, police ? 'Police' : 'Probation', rb)).toBe(last);
        return {
          last: formatUk(last),
          // Probation duties only (issue #9): police rows leave them blank.
          exit: police ? '' : formatUk(exitPlanningDue(last, rb)),
          review: police ? '' : formatUk(sixMonthReviewDue(s, rb)),
          ppda: police ? '' : formatUk(ppdaDue(s, rb)),
        };
      });
      expect(secOut).toEqual(secExpected);
      // The cases that matter most, spelt out.
      expect(secOut[0]!.last).toBe('28/02/2026');
      expect(secOut[1]!.last).toBe('30/08/2026');
      expect(secOut[2]!.last).toBe('30/01/2026');
      expect(secOut[4]!.last).toBe('29/02/2028');

      const vac = await sheet('Vacancies');
      const vacOut = VACANCIES.map((_, i) => {
        const r = vac.rows[i]!;
        return { s4: r[vac.col(CALCULATED.stage4)], s5: r[vac.col(CALCULATED.stage5)], days: r[vac.col(CALCULATED.daysVacant)] };
      });
      const vacExpected = VACANCIES.map(([from, s4, filled]) => {
        const v = d(from);
        const stage4 = stageEarliest(v, 4, null, rb);
        return {
          s4: formatUk(stage4),
          s5: formatUk(stageEarliest(v, 5, s4 === null ? null : d(s4), rb)),
          days: String(Math.max(0, (filled === null ? AS_OF : d(filled)) - v)),
        };
      });
      expect(vacOut).toEqual(vacExpected);
      expect(vacOut[3]!.s5).toBe('30/12/2025');
      expect(vacOut[0]!.s4).toBe('30/04/2025');

      // The Attention column says in words what the red and amber fills show.
      const attention = sec.rows.slice(0, STARTS.length).map((r) => r[sec.col(CALCULATED.attention)]);
      expect(attention[10]).toBe('PPDA overdue. Six-month review due within 30 days.');
      expect(attention[0]).toContain('PPDA overdue.');
      expect(fromYmd(2025, 9, 30)).toBe(AS_OF);
    },
    180_000,
  );

  it(
    'still passes the checks once LibreOffice has saved it with the formulas\' results: empty, and the sample upgraded',
    async () => {
      const io = (out: string[]): CliIo => ({ stdout: (t) => out.push(t), stderr: (t) => out.push(t), now: () => new Date(2025, 10, 24), colour: false, cwd: dir });
      const empty = path.join(dir, 'empty.xlsx');
      const upgraded = path.join(dir, 'upgraded.xlsx');
      expect(await main(['template', '--region', 'North West', '--out', empty], io([]))).toBe(0);
      expect(await main(['template', '--from', SAMPLE, '--out', upgraded], io([]))).toBe(1);
      const saved = path.join(dir, 'saved');
      const env = { ...process.env, LC_ALL: 'en_GB.UTF-8', LANG: 'en_GB.UTF-8' };
      await run(soffice!, ['--headless', '--norestore', `-env:UserInstallation=file://${path.join(dir, 'lo-profile-2')}`, '--convert-to', 'xlsx', '--outdir', saved, empty, upgraded], { timeout: 120_000, env });

      const out: string[] = [];
      expect(await main(['validate', path.join(saved, 'empty.xlsx'), '--as-of', '2025-09-30'], io(out))).toBe(0);
      expect(out.join('\n')).toContain('0 errors, 0 warnings, 0 for information');
      const json = async (file: string) => {
        const o: string[] = [];
        await main(['validate', file, '--format', 'json'], io(o));
        return (JSON.parse(o.join('\n')) as { findings: { rule: string; key: string | null; message: string }[] }).findings.map((f) => `${f.rule} | ${f.key} | ${f.message.replace(/\brow \d+/g, 'row N')}`).sort();
      };
      // The upgraded tracker has a Last PDR column the sample lacks, so the police PDR check
      // runs on it (issue #9); apart from that one finding the findings are the sample's.
      const upgradedFindings = await json(path.join(saved, 'upgraded.xlsx'));
      expect(upgradedFindings.filter((f) => f.startsWith('secondment/police-pdr-overdue | NW-S020 |'))).toHaveLength(1);
      expect(upgradedFindings.filter((f) => !f.startsWith('secondment/police-pdr-overdue |'))).toEqual(await json(SAMPLE));
    },
    180_000,
  );
});
