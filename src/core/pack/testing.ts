/**
 * Test helpers for the pack's sheets (each sheet's test beside it in sheets/):
 * the hand-checked workbook, a finding at a row, a pack input, and a laid-out
 * sheet's text. For tests only: left out of the CLI build (tsconfig.cli.json).
 */
import { NPF_2021, type Rulebook } from '../rulebook';
import type { Finding, Severity } from '../rules/define';
import type { Records, TableName } from '../records/types';
import { allocation, board, d, dispute, records, secondment, vacancy } from '../rules/testing';
import { buildPack, type PackInput, type PackModel } from './model';
import { layoutPack, type LayoutOptions, type LayoutSheet } from './layout';

/** A finding at a row, as a rule would make it (only what the pack reads matters). */
export function finding(severity: Severity, table: TableName | 'Board', row: number | null, message = 'something is wrong'): Finding {
  return {
    rule: `test/${severity}`, severity, table, sheet: table, row, column: null, cell: row === null ? null : `A${row}`, col: row === null ? null : 1,
    key: null, messageId: 'x', data: {}, message, citation: 'NPF 2021 §5',
  };
}

export const input = (recs: Records, findings: Finding[] = [], region = 'North West', source = 'north-west.xlsx'): PackInput => ({ source, region, records: recs, findings });

/** The pack on a day (dd/mm/yyyy) under NPF 2021, or the rulebook given. */
export const at = (asOf: string, inputs: PackInput[], includeNames = false, rulebook: Rulebook = NPF_2021): PackModel => buildPack(inputs, { asOf: d(asOf), rulebook, includeNames });

/**
 * The hand-checked workbook (as-of 30/09/2025: financial year 2025/26, fee basis
 * 01/04/2025, secondments ending on or before EDATE(30/09/2025, 6) = 30/03/2026).
 */
export function handChecked() {
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

/** A sheet of the laid-out pack, by name. */
export function laidOut(model: PackModel, name: string, options: LayoutOptions = { generatedAt: null }): LayoutSheet {
  const sheet = layoutPack(model, options).sheets.find((s) => s.name === name);
  if (sheet === undefined) throw new Error(`the pack has no ${name} sheet`);
  return sheet;
}

/** A laid-out sheet's words: its lines, then every table cell (a RAG cell by its label), one a line. */
export function sheetText(model: PackModel, name: string): string {
  const sheet = laidOut(model, name);
  return [...sheet.lines.map((l) => l.text), ...sheet.tables.flatMap((t) => t.rows.flat().map((c) => (c !== null && typeof c === 'object' ? c.label : String(c))))].join('\n');
}
