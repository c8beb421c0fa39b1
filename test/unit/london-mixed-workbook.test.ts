/**
 * Tried as a new user would (issue 9): `yot validate` and `yot pack --json` on a
 * London workbook mixing police and probation rows, part-year extensions, a YOT
 * temp in a reimbursed post, a late YOT informed date and a YOT spelled two ways.
 * The findings and the fees are what someone who knows the framework expects.
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import { makeLondonMixedWorkbook } from '../helpers/london-mixed-workbook';

interface JsonFinding { rule: string; key: string | null; message: string; citation: string }

describe('a London workbook built by a new user', () => {
  let dir: string;
  let file: string;
  const out: string[] = [];
  const io = (): CliIo => ({ stdout: (t) => out.push(t), stderr: (t) => out.push(t), now: () => new Date('2025-10-20T09:30:00Z'), colour: false, cwd: dir });

  beforeAll(async () => {
    dir = process.env['YOT_KEEP_FIXTURE_DIR'] ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'yot-london-')));
    file = path.join(dir, 'london-mixed.xlsx');
    await makeLondonMixedWorkbook(file);
  });

  afterAll(async () => {
    if (!process.env['YOT_KEEP_FIXTURE_DIR']) await fs.rm(dir, { recursive: true, force: true });
  });

  it('validate: the findings a framework reader expects, and no false ones', async () => {
    out.length = 0;
    await main(['validate', file, '--format', 'json'], io());
    const json = JSON.parse(out.join('')) as { findings: JsonFinding[] };
    const got = json.findings.map((f) => `${f.key ?? '-'} ${f.rule}`).sort();
    // Not expected: PPDA, reviews or vetting for the police officers (L-S3, L-S4); planned-end-mismatch for the
    // 29 February and 31 August starts (L-S1, L-S2, L-S3); invalid values for "6 months", "1 year" or 0.5;
    // allocation findings (Enfield 2.0 FTE against 1.5, Haringey 1.0 against 0.6, North London PSO 0.6 against 0.6).
    expect(got).toEqual([
      'L-D1 dispute/escalated-late',
      'L-D1 dispute/not-reported',
      'L-S1 secondment/exit-planning-overdue',
      'L-S4 secondment/police-pdr-overdue',
      'L-S5 secondment/extension-too-long',
      'L-V1 vacancy/reimbursement-ineligible',
      'L-V1 vacancy/yot-not-informed',
    ].sort());
    const byRule = (rule: string) => json.findings.find((f) => f.rule === rule)!;
    expect(byRule('vacancy/reimbursement-ineligible').message).toContain('Filled by is "YOS temp"');
    expect(byRule('vacancy/yot-not-informed').message).toContain('by 31/08/2025, but the YOT informed date is 15/09/2025, 15 days late');
    expect(byRule('secondment/exit-planning-overdue').message).toContain('on 28/02/2026');
    expect(json.findings.every((f) => f.rule.startsWith('vacancy/') || !f.citation.includes('§5.5 i'))).toBe(true);
  });

  it('pack --json: fees on 1 April, one YOT however spelled, the cover post charged once', async () => {
    out.length = 0;
    expect(await main(['pack', file, '--out', path.join(dir, 'pack.xlsx'), '--json', '--force'], io())).toBe(0);
    const figures = JSON.parse(out.join('')) as { managementFees: { total: number; byYot: Record<string, number> }; psoAllocation: unknown[]; secondments: { active: number } };
    // Enfield: L-S1 and L-S2 (POs) in post on 01/04/2025; L-S3 police, no fee; L-V1 fell vacant after 1 April.
    // Haringey: L-S6 (PO, on maternity leave) in post; L-V2 is her cover, not a second post; L-S4 police, L-S5 PSO.
    expect(figures.managementFees).toEqual({ total: 15000, byYot: { 'ENFIELD YJS': 10000, 'Haringey YJS': 5000 } });
    expect(figures.psoAllocation).toEqual([{ pdu: 'North London', yots: ['ENFIELD YJS', 'Haringey YJS'], formulaPsoFte: 0.6, activePsoFte: 0.6 }]);
    expect(figures.secondments.active).toBe(6);
  });
});
