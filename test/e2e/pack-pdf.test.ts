/**
 * `yot pack --pdf`: the print-ready PDF written directly (pdfmake, fonts bundled,
 * no LibreOffice). Read back with pdftotext: its text holds the contents with
 * page numbers, the board summary, decisions and movement, and no page's median
 * word is under 8 pt. Skipped, with a message, only where pdftotext is missing.
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import { pdftotext, run } from '../helpers/tools';

const ROOT = path.join(__dirname, '..', '..');
const SAMPLE = path.join(ROOT, 'samples', 'north-west-tracker.xlsx');
const PREVIOUS = path.join(ROOT, 'samples', 'north-west-tracker-previous.xlsx');

if (!pdftotext) console.warn('pack-pdf: pdftotext (poppler-utils) is not installed, so the PDF’s text is not checked here.');

const io = (cwd: string, err: string[] = []): CliIo => ({ stdout: () => undefined, stderr: (t) => err.push(t), now: () => new Date('2025-10-20T09:30:00Z'), colour: false, cwd });

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'yot-pack-pdf-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('yot pack --pdf', () => {
  it('writes a PDF of the pack: cover, contents with page numbers, board summary, decisions, movement, detail sheets', async () => {
    const pdf = path.join(dir, 'pack.pdf');
    expect(await main(['pack', SAMPLE, '--previous', PREVIOUS, '--out', path.join(dir, 'pack.xlsx'), '--pdf', pdf], io(dir))).toBe(0);
    const bytes = await fs.readFile(pdf);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    if (!pdftotext) return;

    const { stdout: text } = await run(pdftotext, ['-layout', pdf, '-'], { timeout: 30_000 });
    const pages = text.split('\f').filter((p) => p.trim() !== '');
    expect(pages.length).toBeGreaterThan(8);
    for (const [i, p] of pages.entries()) {
      expect(p).toContain('OFFICIAL-SENSITIVE');
      expect(p).toContain(`Page ${i + 1} of ${pages.length}`);
    }
    // Contents on the Cover, each entry with the page it starts on.
    const contents = pages[0]!.slice(pages[0]!.indexOf('Contents'));
    const entry = (title: string) => Number(new RegExp(`${title.replace(/[()/.]/g, '\\$&')}[^\\n]*?\\s(\\d+)\\s*$`, 'm').exec(contents)?.[1]);
    for (const title of ['Board summary: North West, 2025/26 Q2', 'Movement since 2025/26 Q1', 'Summary by PDU and YOT on 30/09/2025', 'Appendix for the regional SPOC']) {
      const page = entry(title);
      expect(page).toBeGreaterThan(1);
      expect(pages[page - 1]).toContain(title);
    }
    expect(entry('Board summary: North West, 2025/26 Q2')).toBeLessThan(entry('Movement since 2025/26 Q1'));
    // 12 decisions: the sample's 11 from its figures, and board action NW-A01, overdue on its Actions sheet (NPF 2021 §5.5 vi).
    // All needed at this meeting: said once in the heading, so the decisions have the room the By when column took.
    expect(text).toContain('Decisions for the board (12), all needed at this meeting (21/10/2025)');
    // The Board summary is one printed page: its figures and all 12 decisions.
    const boardPage = pages[entry('Board summary: North West, 2025/26 Q2') - 1]!;
    expect(boardPage).toContain('Disputes overdue for escalation');
    expect(boardPage).toMatch(/1\. Approve the stage 5 reimbursement/);
    expect(boardPage).toMatch(/12\. Note that North West's Vacancy Tracker/);
    expect(pages[entry('Board summary: North West, 2025/26 Q2')]!).not.toMatch(/\b12\. Note that/);
    // The charts (drawn from core/pack/charts.ts as SVG) follow on the Board summary's next pages:
    // titles, axis labels, legend words and values as text in the PDF, not pictures.
    const boardFrom = entry('Board summary: North West, 2025/26 Q2');
    const board = pages.slice(boardFrom - 1, entry('Movement since 2025/26 Q1') - 1).join('\n');
    expect(board).toContain('Open vacancies by stage reached, per YOT, on 30/09/2025');
    expect(board).toContain('Last quarter (2025/26 Q1) and this quarter (2025/26 Q2)');
    expect(board).toContain('Open vacancies (number)');
    expect(board).toMatch(/Stage 1\s+Stage 2\s+Stage 3\s+Stage 4\s+Stage 5/);
    expect(board).toContain('Stage 5: 1');
    expect(board).toMatch(/^\s*Reviews overdue\s*$/m);
    expect(board).toContain('3 (last)');
    expect(board.indexOf('Open vacancies by stage reached')).toBeGreaterThan(board.indexOf('Decisions for the board (12)'));
    expect(text).toMatch(/1\. Approve the stage 5 reimbursement of £9,800 for vacancy NW-V001/);
    expect(text).toMatch(/Open vacancies at stage 4\s+2\s+1\s+\+ up 1/);
    expect(text).toMatch(/NW-V002 .*Advanced a stage\s+Stage 3 to stage 4/);
    // Only the printed columns; no secondee names.
    expect(text).not.toContain('Tracker row');
    expect(text).not.toContain('Amira Patel');

    const { stdout: boxes } = await run(pdftotext, ['-bbox', pdf, '-'], { timeout: 30_000, maxBuffer: 64 * 1024 * 1024 });
    const medians = boxes
      .split('<page ')
      .slice(1)
      .map((page) => {
        const h = [...page.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)].map((m) => Number(m[2]) - Number(m[1])).sort((a, b) => a - b);
        return h[Math.floor(h.length / 2)]!;
      });
    expect(medians.filter((h) => h < 8)).toEqual([]);
  }, 120_000);

  it('refuses a --pdf that is not a .pdf, or that exists without --force (leaving it as it was)', async () => {
    const wrong: string[] = [];
    expect(await main(['pack', SAMPLE, '--out', path.join(dir, 'x.xlsx'), '--pdf', 'pack.txt'], io(dir, wrong))).toBe(2);
    expect(wrong.join('\n')).toContain('--pdf should name a .pdf file');
    const existing = path.join(dir, 'existing.pdf');
    await fs.writeFile(existing, 'keep me');
    const err: string[] = [];
    expect(await main(['pack', SAMPLE, '--out', path.join(dir, 'y.xlsx'), '--pdf', existing], io(dir, err))).toBe(2);
    expect(err.join('\n')).toContain('already exists; add --force');
    expect(await fs.readFile(existing, 'utf8')).toBe('keep me');
  });
});
