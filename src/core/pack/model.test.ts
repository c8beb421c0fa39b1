import { NPF_2021 } from '../rulebook';
import { resolveRulebook } from '../rulebook/resolve';
import type { Finding, Severity } from '../rules/define';
import type { Records, TableName } from '../records/types';
import { allocation, board, d, dispute, records, secondment, vacancy } from '../rules/testing';
import { buildPack, feeBasisDate, regionOf, withhold, type PackInput } from './model';
import { packFigures } from './figures';
import { crossWorkbookDuplicates } from '../rules/data/duplicate-across-workbooks';

/** A finding at a row, as a rule would make it (only what the pack reads matters). */
function finding(severity: Severity, table: TableName | 'Board', row: number | null, message = 'something is wrong'): Finding {
  return {
    rule: `test/${severity}`, severity, table, sheet: table, row, column: null, cell: row === null ? null : `A${row}`, col: row === null ? null : 1,
    key: null, messageId: 'x', data: {}, message, citation: 'NPF 2021 §5',
  };
}

const input = (recs: Records, findings: Finding[] = [], region = 'North West', source = 'north-west.xlsx'): PackInput => ({ source, region, records: recs, findings });
const at = (asOf: string, inputs: PackInput[], includeNames = false) => buildPack(inputs, { asOf: d(asOf), rulebook: NPF_2021, includeNames });

/**
 * The hand-checked workbook (as-of 30/09/2025: financial year 2025/26, fee basis
 * 01/04/2025, secondments ending on or before EDATE(30/09/2025, 6) = 30/03/2026).
 */
function handChecked() {
  const s = {
    // PO in post on 1 April; last day 31/03/2026 is one day after 30/03/2026, so not ending within 6 months.
    inPost: secondment({ id: 'A-S1', start: '01/04/2024', fte: 1, secondee: 'Amira Patel' }),
    // PO whose last day is exactly 6 months out: start 31/03/2024, last day 30/03/2026.
    sixMonthsOut: secondment({ id: 'A-S2', start: '31/03/2024', fte: 0.5, secondee: 'Tom Hargreaves' }),
    // Ended before 1 April: no fee, not active.
    endedBefore: secondment({ id: 'A-S3', start: '01/04/2023', actualEnd: '15/03/2025' }),
    pso: secondment({ id: 'A-S4', role: 'PSO', start: '01/04/2024', fte: 0.6 }),
    police: secondment({ id: 'A-S5', scheme: 'Police', role: 'Police Officer', start: '01/06/2024' }),
    otherYot: secondment({ id: 'B-S1', yot: 'YOT B', pdu: 'PDU B', role: 'PSO', start: '01/01/2025' }),
  };
  const v = {
    // PO post vacant on 1 April, filled since: in the fee basis, not open on as-of.
    vacantOnBasis: vacancy({ id: 'A-V1', vacantFrom: '01/03/2025', filledDate: '01/06/2025', filledBy: 'Probation', stages: ['01/03/2025'] }),
    // Fell vacant after 1 April: no fee. Stage 2 reached; the current stage says 1.
    stage2: vacancy({ id: 'A-V2', vacantFrom: '01/05/2025', currentStage: 1, stages: ['01/05/2025', '20/05/2025'] }),
    // A fractional PSO post (0.4 FTE) at stage 4: no fee, not funded.
    pso: vacancy({ id: 'A-V3', role: 'PSO', fte: 0.4, vacantFrom: '01/02/2025', stages: ['01/02/2025', '15/02/2025', '01/03/2025', '01/05/2025'] }),
    // PO vacant since 01/01/2025 (so in the fee basis), at stage 5 with a reimbursement that is eligible.
    stage5: vacancy({ id: 'A-V4', vacantFrom: '01/01/2025', stages: ['01/01/2025', '15/01/2025', '01/02/2025', '01/04/2025', '01/05/2025'], tempInvoice: 4000, reimbursement: 5000 }),
    // No stage dated by as-of (stage 1 is dated after it): counted at stage 1.
    none: vacancy({ id: 'A-V5', vacantFrom: '01/09/2025', stages: ['15/10/2025'] }),
  };
  const recs = records({
    secondments: Object.values(s),
    vacancies: Object.values(v),
    allocations: [allocation({ yot: 'YOT A', caseload: 12 }), allocation({ yot: 'YOT B', pdu: 'PDU B', caseload: 20 })],
    disputes: [
      dispute({ id: 'D1', raised: '01/08/2025' }),
      dispute({ id: 'D2', raised: '15/09/2025' }),
      dispute({ id: 'D3', raised: '01/06/2025', escalated: '05/07/2025' }),
      dispute({ id: 'D4', raised: '01/06/2025', resolved: '01/07/2025' }),
    ],
    board: board({ region: 'North West', meetingDate: '21/10/2025' }),
  });
  return { s, v, recs };
}

describe('pack figures for a hand-checked workbook (as of 30/09/2025)', () => {
  const { s, v, recs } = handChecked();
  const model = at('30/09/2025', [input(recs)]);
  const figures = packFigures(model);

  it('gives the quarter and financial year of the as-of date', () => {
    expect(figures.asOf).toBe('2025-09-30');
    expect(figures.quarter).toBe('2025/26 Q2');
    expect(figures.financialYear).toBe('2025/26');
    expect(model.feeBasisDate).toBe(d('01/04/2025'));
  });

  it('bases management fees on PO posts on 1 April: in post or vacant then, by head; PSO and police posts at £0', () => {
    // A-S1 and A-S2 in post, A-V1 and A-V4 vacant on 01/04/2025: 4 × £5,000. A-S3 ended before 1 April.
    expect(figures.managementFees).toEqual({ total: 20000, byYot: { 'YOT A': 20000, 'YOT B': 0 } });
    const a = model.fees.find((f) => f.yot === 'YOT A')!;
    expect(a.basis.filter((b) => b.fee > 0).map((b) => b.ref.id)).toEqual(['A-S1', 'A-S2', 'A-V1', 'A-V4']);
    expect(a.basis.filter((b) => b.fee === 0).map((b) => b.ref.id).sort()).toEqual(['A-S4', 'A-S5', 'A-V3']);
    expect(a).toMatchObject({ poPosts: 4, poInPost: 2, poVacant: 2 });
  });

  it('counts open vacancies by the highest stage reached by as-of (none dated: stage 1)', () => {
    expect(figures.vacancies).toEqual({ open: 4, byStage: { '1': 1, '2': 1, '3': 0, '4': 1, '5': 1 } });
    const byId = new Map(model.vacancies.map((x) => [x.ref.id, x]));
    expect(byId.has('A-V1')).toBe(false);
    expect(byId.get('A-V2')).toMatchObject({ highestStage: 2, countedAtStage: 2, daysVacant: 152, eligibleStage: 5 });
    expect(byId.get('A-V5')).toMatchObject({ highestStage: 0, countedAtStage: 1, highestStageDate: null });
    expect(byId.get('A-V4')).toMatchObject({ highestStage: 5, eligibleStage: 5, stage5Earliest: d('01/05/2025'), reimbursementStatus: 'eligible' });
    expect(byId.get('A-V3')).toMatchObject({ highestStage: 4, reimbursementStatus: 'not-funded' });
  });

  it('counts active secondments and those whose last day is on or before EDATE(asOf, 6), including exactly 6 months out', () => {
    expect(figures.secondments).toEqual({ active: 5, endingWithin6Months: 1 });
    const ending = model.secondments.filter((x) => x.endingWithinHorizon);
    expect(ending.map((x) => [x.ref.id, x.lastDay])).toEqual([['A-S2', d('30/03/2026')]]);
    expect(model.secondments.find((x) => x.ref.id === 'A-S1')!.lastDay).toBe(d('31/03/2026'));
    expect(model.endingBy).toBe(d('30/03/2026'));
  });

  it('puts formula FTE against active PO FTE (PSO and police secondees do not count)', () => {
    expect(figures.allocation).toEqual([
      { yot: 'YOT A', formulaFte: 0.6, activePoFte: 1.5 },
      { yot: 'YOT B', formulaFte: 1, activePoFte: 0 },
    ]);
    expect(model.allocations[0]!.counted.map((r) => r.id)).toEqual(['A-S1', 'A-S2']);
    expect(model.allocations.map((a) => a.status)).toEqual(['meets', 'below-minimum']);
  });

  it('judges each stage 4 invoice and stage 5 reimbursement', () => {
    expect(model.claims.map((c) => [c.ref.id, c.kind, c.amount, c.eligible, c.problem])).toEqual([
      ['A-V4', 'temp-invoice', 4000, true, 'none'],
      ['A-V4', 'reimbursement', 5000, true, 'none'],
    ]);
  });

  it('lists disputes open on as-of and which are overdue for escalation (raised + 28 days)', () => {
    expect(model.disputes.map((x) => [x.ref.id, x.status])).toEqual([
      ['D3', 'escalated'],
      ['D1', 'overdue'],
      ['D2', 'within-time'],
    ]);
    expect(model.disputes.find((x) => x.ref.id === 'D1')!.escalationDue).toBe(d('29/08/2025'));
  });

  it('keeps where every row came from', () => {
    const row = model.vacancies.find((x) => x.ref.id === 'A-V2')!;
    expect(row.ref).toEqual({ region: 'North West', source: 'north-west.xlsx', table: 'Vacancies', sheet: 'Vacancies', row: v.stage2.row, id: 'A-V2' });
    expect(model.secondments.find((x) => x.ref.id === 'A-S1')!.ref.row).toBe(s.inPost.row);
  });

  it('takes the meeting date from the Board when none is given', () => {
    expect(model.meetingDate).toBe(d('21/10/2025'));
    expect(buildPack([input(recs)], { asOf: d('30/09/2025'), meetingDate: null, rulebook: NPF_2021, includeNames: false }).meetingDate).toBeNull();
  });

  it('sums the Summary per YOT', () => {
    const a = model.summary.find((x) => x.yot === 'YOT A')!;
    expect(a).toMatchObject({ region: 'North West', pdu: 'PDU A', posts: 8, inPost: 4, vacant: 4, byStage: [1, 1, 0, 1, 1], exitsDue: 1, fees: 20000 });
    expect(model.summary.map((x) => x.yot)).toEqual(['YOT A', 'YOT B']);
  });

  it('leaves secondee names out unless asked', () => {
    expect(model.secondments.every((x) => x.secondee === null)).toBe(true);
    const named = at('30/09/2025', [input(recs)], true);
    expect(named.secondments.find((x) => x.ref.id === 'A-S1')!.secondee).toBe('Amira Patel');
  });

  it('reads rulebook overrides (a different fee)', () => {
    const r = resolveRulebook('npf-2021', { managementFeePerPo: 5250 });
    if (!r.ok) throw new Error(r.message);
    const m = buildPack([input(recs)], { asOf: d('30/09/2025'), rulebook: r.rulebook, includeNames: false });
    expect(m.feeTotal).toBe(21000);
  });
});

describe('findings in the pack', () => {
  it('are attributed to their rows, counted, and never stop the pack', () => {
    const { v, recs } = handChecked();
    const findings = [finding('error', 'Vacancies', v.stage2.row), finding('warning', 'Vacancies', v.stage2.row), finding('warning', 'Board', null), finding('info', 'Allocations', recs.allocations[0]!.row)];
    const model = at('30/09/2025', [input(recs, findings)]);
    expect(packFigures(model).findings).toEqual({ error: 1, warning: 2, info: 1 });
    expect(model.vacancies.find((x) => x.ref.id === 'A-V2')!.findings).toEqual({ error: 1, warning: 1, info: 0 });
    expect(model.findings.map((f) => f.severity)).toEqual(['error', 'warning', 'warning', 'info']);
    expect(model.summary.find((x) => x.yot === 'YOT A')!.findings).toEqual({ error: 1, warning: 1, info: 1 });
  });

  it('withhold secondee names and National Insurance numbers from messages', () => {
    const { recs } = handChecked();
    const model = at('30/09/2025', [input(recs, [finding('error', 'Secondments', 4, 'Amira Patel (NI QQ 12 34 56 C) has no vetting date')])]);
    expect(model.findings[0]!.message).toBe('[name withheld] (NI an NI number) has no vetting date');
    const named = at('30/09/2025', [input(recs, [finding('error', 'Secondments', 4, 'Amira Patel (NI QQ123456C)')])], true);
    expect(named.findings[0]!.message).toBe('Amira Patel (NI an NI number)');
  });
});

describe('as-of dates', () => {
  it.each([
    ['15/02/2026', '01/04/2025', '2025/26 Q4'],
    ['31/03/2026', '01/04/2025', '2025/26 Q4'],
    ['01/04/2026', '01/04/2026', '2026/27 Q1'],
    ['30/06/2025', '01/04/2025', '2025/26 Q1'],
  ])('as of %s: fee basis %s, quarter %s', (asOf, basis, quarter) => {
    expect(feeBasisDate(d(asOf), NPF_2021.values)).toBe(d(basis));
    expect(at(asOf, [input(records({}))]).quarter).toBe(quarter);
  });

  it('a secondment that ends before 1 April is not in the fee; one whose last day is 1 April is in post that day (the last day is inclusive)', () => {
    const recs = records({
      secondments: [secondment({ id: 'X1', start: '01/04/2023', actualEnd: '31/03/2025' }), secondment({ id: 'X2', start: '01/04/2023', actualEnd: '01/04/2025' }), secondment({ id: 'X3', start: '01/04/2023', actualEnd: '02/04/2025' })],
    });
    expect(at('30/06/2025', [input(recs)]).fees[0]!.basis.map((b) => b.ref.id)).toEqual(['X2', 'X3']);
  });

  it('a stage dated after as-of is not yet reached', () => {
    const recs = records({ vacancies: [vacancy({ id: 'Y1', vacantFrom: '01/01/2025', stages: ['01/01/2025', '01/02/2025', '01/03/2025', '01/10/2025'] })] });
    expect(at('30/09/2025', [input(recs)]).vacancies[0]).toMatchObject({ highestStage: 3, countedAtStage: 3, eligibleStage: 5 });
  });
});

describe('national roll-up', () => {
  const nw = records({ secondments: [secondment({ id: 'S-100', yot: 'Liverpool YJS' })], vacancies: [vacancy({ id: 'V-1', yot: 'Liverpool YJS' })] });
  const wales = records({
    secondments: [secondment({ id: 's-100 ', yot: 'Cardiff YJS', region: 'Wales', nation: 'Wales' }), secondment({ id: 'W-2', yot: 'Cardiff YJS', region: 'Wales' })],
    vacancies: [vacancy({ id: 'V-9', yot: 'Cardiff YJS', region: 'Wales' })],
  });
  // The duplicate rule runs in validation (core/check.ts), so the pack's inputs carry its findings.
  const inputs = [input(nw, [], 'North West', 'nw.xlsx'), input(wales, [], 'Wales', 'wales.xlsx')];
  const duplicates = crossWorkbookDuplicates(inputs);
  const model = at('30/09/2025', inputs.map((x, i) => ({ ...x, findings: duplicates[i]! })));

  it('reports an ID found in two workbooks and counts both rows, never merging them', () => {
    const dup = model.findings.filter((f) => f.rule === 'data/duplicate-across-workbooks');
    expect(dup).toHaveLength(1);
    expect(dup[0]).toMatchObject({ region: 'Wales', source: 'wales.xlsx', severity: 'error', table: 'Secondments', row: wales.secondments[0]!.row, key: 's-100 ' });
    expect(dup[0]!.message).toContain('nw.xlsx');
    expect(model.secondments).toHaveLength(3);
    expect(packFigures(model).secondments.active).toBe(3);
  });

  it('breaks every figure down by region', () => {
    expect(model.regions.map((r) => [r.region, r.inPost, r.vacant, r.fees, r.findings.error])).toEqual([
      ['North West', 1, 1, 10000, 0],
      ['Wales', 2, 1, 15000, 1],
    ]);
    expect(model.totals).toMatchObject({ inPost: 3, vacant: 2, fees: 25000 });
    expect(packFigures(model).managementFees.byYot).toEqual({ 'Cardiff YJS': 15000, 'Liverpool YJS': 10000 });
  });
});

describe('regionOf', () => {
  it('prefers the Board, then the most common Region, then the file name', () => {
    expect(regionOf(records({ board: board({ region: 'Wales' }) }), 'x.xlsx')).toBe('Wales');
    expect(regionOf(records({ secondments: [secondment({ region: 'London' }), secondment({ region: 'London' }), secondment({ region: 'Kent' })] }), 'x.xlsx')).toBe('London');
    expect(regionOf(records({}), 'folder/north-east.xlsx')).toBe('north-east');
  });
});

describe('withhold', () => {
  it('withholds whole names only, and NI numbers in any spacing', () => {
    expect(withhold('Ann Lee and Annabel', ['Ann'])).toBe('[name withheld] Lee and Annabel');
    expect(withhold('NI AB 12 34 56 C, ab123456c', [])).toBe('NI an NI number, an NI number');
  });
});

describe('buildPack is pure and deterministic', () => {
  it('gives the same model for the same inputs', () => {
    const inputs = [input(handChecked().recs)];
    const a = at('30/09/2025', inputs);
    const b = at('30/09/2025', inputs);
    expect(JSON.parse(JSON.stringify(b))).toEqual(JSON.parse(JSON.stringify(a)));
  });
});
