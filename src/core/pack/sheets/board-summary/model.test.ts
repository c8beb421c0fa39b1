import { NPF_2021 } from '../../../rulebook';
import { resolveRulebook } from '../../../rulebook/resolve';
import { allocation, board, d, dispute, records, secondment, vacancy } from '../../../rules/testing';
import { buildPack } from '../../model';
import { changeText, figureText } from '../../words';
import { boardDecisions, headlineFigures } from './model';
import { boardSummaryDraft } from './sheet';

/** As of 30/09/2025, meeting 21/10/2025: one eligible and one early stage 5 claim, an exit due, a dispute overdue, a YOT under the minimum, a late tracker. */
const recs = records({
  board: board({ region: 'North West', meetingDate: '21/10/2025', trackerSubmitted: '16/10/2025' }),
  secondments: [
    // Last day 31/10/2025 (ending within 6 months), exit planning due 30/04/2025 and not held: decide at the meeting.
    secondment({ id: 'S-END', yot: 'YOT A', pdu: 'PDU A', start: '01/11/2023' }),
    // Last day 30/03/2026: exit planning due 30/09/2025... held, so no date ahead: at the meeting.
    secondment({ id: 'S-HELD', yot: 'YOT A', pdu: 'PDU A', start: '31/03/2024', exitPlanningMeeting: '20/09/2025' }),
    // Not ending within 6 months.
    secondment({ id: 'S-LONG', yot: 'YOT A', pdu: 'PDU A', start: '01/09/2025' }),
  ],
  vacancies: [
    vacancy({ id: 'V-OK', yot: 'YOT A', pdu: 'PDU A', vacantFrom: '01/01/2025', stages: ['01/01/2025', '15/01/2025', '01/02/2025', '01/04/2025', '01/05/2025'], reimbursement: 5000, tempInvoice: 3000 }),
    vacancy({ id: 'V-EARLY', yot: 'YOT B', pdu: 'PDU B', vacantFrom: '01/03/2025', stages: ['01/03/2025', null, null, '01/06/2025', '15/06/2025'], reimbursement: 4000 }),
  ],
  allocations: [allocation({ yot: 'YOT B', pdu: 'PDU B', caseload: 10 })],
  disputes: [dispute({ id: 'D-LATE', yot: 'YOT A', raised: '01/08/2025' }), dispute({ id: 'D-NEW', yot: 'YOT A', raised: '20/09/2025' })],
});
const model = buildPack([{ source: 'nw.xlsx', region: 'North West', records: recs, findings: [] }], { asOf: d('30/09/2025'), rulebook: NPF_2021, includeNames: false });

describe('headlineFigures', () => {
  const h = Object.fromEntries(headlineFigures(model).map((x) => [x.key, x.value]));
  it('counts posts, vacancies by stage, the vacancy rate and average days vacant', () => {
    expect(h).toMatchObject({ posts: 5, inPost: 3, vacant: 2, stage1: 0, stage5: 2, vacancyRate: 40 });
    // 272 and 213 days vacant on 30/09/2025: 242.5 → 243.
    expect(h['daysVacant']).toBe(243);
  });
  it('counts exits without exit planning, and claims by eligibility', () => {
    expect(h['endingNoExitPlanning']).toBe(1);
    expect(h).toMatchObject({ stage4Eligible: 3000, stage4NotEligible: 0, stage5Eligible: 5000, stage5NotEligible: 4000, disputesOpen: 2, disputesOverdue: 1, disputesEscalated: 0 });
  });
});

describe('boardDecisions', () => {
  const ds = boardDecisions(model);
  it('says what, who, by when and the framework section for each decision, in a fixed order', () => {
    expect(ds.map((x) => [x.kind, x.id])).toEqual([
      ['reimbursement', 'V-OK'],
      ['reimbursement', 'V-EARLY'],
      ['secondment-ending', 'S-END'],
      ['secondment-ending', 'S-HELD'],
      ['dispute', 'D-LATE'],
      ['below-minimum', 'YOT B'],
      ['tracker-late', null],
    ]);
    expect(ds[0]).toMatchObject({ pdu: 'PDU A', yot: 'YOT A', by: d('21/10/2025'), byText: 'At this meeting (21/10/2025)', citation: 'NPF 2021 §5.5 stage 5' });
    expect(ds[0]!.what).toBe('Approve the stage 5 reimbursement of £5,000 for vacancy V-OK: stage 5 dated 01/05/2025, on or after the earliest 01/05/2025.');
    expect(ds[1]!.what).toContain('Do not approve');
    expect(ds[1]!.what).toContain('before the earliest');
    expect(ds[2]!.what).toBe('Decide whether to extend or replace secondment S-END (PO), last day 31/10/2025; exit planning meeting overdue since 30/04/2025.');
    expect(ds[4]).toMatchObject({ pdu: 'PDU A', citation: 'NPF 2021 §9' });
    expect(ds[5]).toMatchObject({ citation: 'NPF 2021 §5.1' });
    expect(ds[5]!.what).toContain('0.00 PO FTE in post, under the 0.5 FTE minimum');
    expect(ds[6]).toMatchObject({ yot: null, citation: 'NPF 2021 §5.5 vi' });
    expect(ds[6]!.what).toContain('submitted on 16/10/2025, after 14/10/2025');
  });

  it('gives a later deadline when the exit planning meeting is still ahead of the meeting (a 9-month horizon)', () => {
    const r = resolveRulebook('npf-2021', { packEndingWithinMonths: 9 });
    if (!r.ok) throw new Error(r.message);
    // Start 01/06/2024: last day 31/05/2026, within 9 months of 30/09/2025; exit planning due 30/11/2025, after the meeting.
    const late = records({ board: board({ meetingDate: '21/10/2025' }), secondments: [secondment({ id: 'S-X', start: '01/06/2024' })] });
    const m = buildPack([{ source: 'a.xlsx', region: 'R', records: late, findings: [] }], { asOf: d('30/09/2025'), rulebook: r.rulebook, includeNames: false });
    const x = boardDecisions(m).find((y) => y.id === 'S-X')!;
    expect(x.by).toBe(d('30/11/2025'));
    expect(x.byText).toBe('By 30/11/2025 (exit planning meeting due)');
  });
});

describe('the Board summary sheet', () => {
  it('has the figures, then the decisions; no change column without a previous quarter', () => {
    const draft = boardSummaryDraft({ model, previous: null });
    expect(draft.table.columns.map((c) => c.header)).toEqual(['Figure', 'This quarter 2025/26 Q2']);
    expect(draft.more![0]!.rows).toHaveLength(7);
    // All seven are needed at the meeting: said once in the heading, and no By when column.
    expect(draft.more![0]!.heading).toBe('Decisions for the board (7), all needed at this meeting (21/10/2025)');
    expect(draft.more![0]!.columns.map((c) => c.header)).toEqual(['Decision', 'Who (PDU / YOT)', 'Framework']);
  });

  it('keeps a By when column when the decisions are needed at different times', () => {
    const r = resolveRulebook('npf-2021', { packEndingWithinMonths: 9 });
    if (!r.ok) throw new Error(r.message);
    // S-X's exit planning meeting is due after the meeting (30/11/2025); S-END's is overdue (at the meeting).
    const mixed = records({ board: board({ meetingDate: '21/10/2025' }), secondments: [secondment({ id: 'S-X', start: '01/06/2024' }), secondment({ id: 'S-END', start: '01/11/2023' })] });
    const m = buildPack([{ source: 'a.xlsx', region: 'R', records: mixed, findings: [] }], { asOf: d('30/09/2025'), rulebook: r.rulebook, includeNames: false });
    const t = boardSummaryDraft({ model: m, previous: null }).more![0]!;
    expect(t.heading).toBe('Decisions for the board (2)');
    const by = t.columns.findIndex((c) => c.header === 'By when');
    expect(by).toBeGreaterThan(0);
    expect(t.rows.map((row) => row[by])).toEqual(expect.arrayContaining(['At this meeting (21/10/2025)', 'By 30/11/2025 (exit planning meeting due)']));
  });

  it('shows last quarter and the change in words when there is one', () => {
    const draft = boardSummaryDraft({ model, previous: { model, movement: null as never } });
    expect(draft.table.columns.map((c) => c.header)).toEqual(['Figure', 'This quarter 2025/26 Q2', 'Last quarter 2025/26 Q2', 'Change']);
    expect(draft.table.rows[0]).toEqual(['Posts (in post and vacant)', '5', '5', 'no change']);
  });
});

describe('change words', () => {
  it.each([
    [5, 3, 'count', '▲ up 2'],
    [3, 5, 'count', '▼ down 2'],
    [4, 4, 'count', 'no change'],
    [40000, 45000, 'money', '▼ down £5,000'],
    [25.9, 25, 'percent', '▲ up 0.9 points'],
    [100, 99, 'days', '▲ up 1 day'],
    [null, 3, 'count', 'not comparable'],
  ] as const)('%s against %s (%s) is %s', (now, before, kind, words) => {
    expect(changeText(now, before, kind)).toBe(words);
  });
  it('writes figures for the board', () => {
    expect([figureText(12.5, 'percent'), figureText(40000, 'money'), figureText(1, 'days'), figureText(null, 'count')]).toEqual(['12.5%', '£40,000', '1 day', 'not known']);
  });
});
