import { readRecords } from '../../records/read';
import type { Cell, RawWorkbook } from '../../records/types';

const SECONDMENT_HEADERS = ['Secondment ID', 'Region', 'PDU', 'YOT', 'Nation', 'Scheme', 'Role', 'Band', 'FTE', 'Start date', 'Extension years', 'Vetting cleared', 'Authorised officer'];
const SECONDMENT_ROW: Cell[] = ['S1', 'North West', 'PDU A', 'YOT A', 'England', 'Probation', 'PO', 'Band 4', 1, '01/04/2024', 0, '01/03/2024', 'Y'];
const VACANCY_HEADERS = ['Vacancy ID', 'Region', 'PDU', 'YOT', 'Role', 'FTE', 'Vacant from', 'Current stage', 'Reimbursement claimed', 'Filled by'];
const VACANCY_ROW: Cell[] = ['V1', 'North West', 'PDU A', 'YOT A', 'PO', 1, '01/01/2025', null, null, null];
const ALLOCATION_HEADERS = ['YOT', 'Caseload', 'SYV share', 'Deprivation index'];
const ALLOCATION_ROW: Cell[] = ['YOT A', 12, null, null];

const row = (headers: string[], defaults: Cell[], cells: Record<string, Cell>): Cell[] => headers.map((h, i) => (h in cells ? cells[h]! : defaults[i]!));

/** One row in each table, each table's header on sheet row 1 from column A. */
function workbook(table: 'Secondments' | 'Vacancies' | 'Allocations', cells: Record<string, Cell>): RawWorkbook {
  const grid = (sheet: string, headers: string[], defaults: Cell[], mine: boolean) => ({
    kind: 'table' as const, sheet, originRow: 1, originCol: 1, values: [headers, row(headers, defaults, mine ? cells : {})],
  });
  return {
    source: 'test.xlsx',
    sheetNames: ['Secondments', 'Vacancies', 'Allocations'],
    grids: {
      Secondments: grid('Secondments', SECONDMENT_HEADERS, SECONDMENT_ROW, table === 'Secondments'),
      Vacancies: grid('Vacancies', VACANCY_HEADERS, VACANCY_ROW, table === 'Vacancies'),
      Allocations: grid('Allocations', ALLOCATION_HEADERS, ALLOCATION_ROW, table === 'Allocations'),
    },
  };
}

const found = (table: 'Secondments' | 'Vacancies' | 'Allocations', cells: Record<string, Cell>) =>
  readRecords(workbook(table, cells)).findings.map((f) => `${f.rule} ${f.messageId} ${f.column}`);

describe('data/invalid-value', () => {
  it.each<[string, 'Secondments' | 'Vacancies' | 'Allocations', string, Cell]>([
    ['FTE 0', 'Secondments', 'FTE', 0],
    ['FTE 1.2', 'Secondments', 'FTE', 1.2],
    ['FTE -0.5', 'Secondments', 'FTE', -0.5],
    ['FTE "full"', 'Secondments', 'FTE', 'full'],
    ['FTE "120%"', 'Vacancies', 'FTE', '120%'],
    ['Role "Manager"', 'Secondments', 'Role', 'Manager'],
    ['vacancy Role "Police Officer" (vacancies are PO or PSO)', 'Vacancies', 'Role', 'Police Officer'],
    ['Scheme "Army"', 'Secondments', 'Scheme', 'Army'],
    ['Nation "Scotland"', 'Secondments', 'Nation', 'Scotland'],
    ['Authorised officer "Maybe"', 'Secondments', 'Authorised officer', 'Maybe'],
    ['Extension years 0.3 (not a whole number of months)', 'Secondments', 'Extension years', 0.3],
    ['Extension years "six months" (words for numbers are not read)', 'Secondments', 'Extension years', 'six months'],
    ['Extension years -1', 'Secondments', 'Extension years', -1],
    ['Extension years "one"', 'Secondments', 'Extension years', 'one'],
    ['Band "senior"', 'Secondments', 'Band', 'senior'],
    ['Current stage 6', 'Vacancies', 'Current stage', 6],
    ['Current stage 0', 'Vacancies', 'Current stage', 0],
    ['Current stage 2.5', 'Vacancies', 'Current stage', 2.5],
    ['Current stage "Stage 6"', 'Vacancies', 'Current stage', 'Stage 6'],
    ['Filled by "Someone"', 'Vacancies', 'Filled by', 'Someone'],
    ['Reimbursement "-£50"', 'Vacancies', 'Reimbursement claimed', '-£50'],
    ['Reimbursement "lots"', 'Vacancies', 'Reimbursement claimed', 'lots'],
    ['Caseload "12%"', 'Allocations', 'Caseload', '12%'],
    ['SYV share 150', 'Allocations', 'SYV share', 150],
    ['Deprivation index 1.5', 'Allocations', 'Deprivation index', 1.5],
  ])('fires: %s', (_, table, header, cell) => {
    expect(found(table, { [header]: cell })).toEqual([`data/invalid-value invalid ${header}`]);
  });

  it.each<[string, 'Secondments' | 'Vacancies' | 'Allocations', string, Cell, string, unknown]>([
    ['FTE 1', 'Secondments', 'FTE', 1, 'fte', 1],
    ['FTE "0.5"', 'Secondments', 'FTE', '0.5', 'fte', 0.5],
    ['FTE "50%"', 'Vacancies', 'FTE', '50%', 'fte', 0.5],
    ['Role "Probation Officer"', 'Secondments', 'Role', 'Probation Officer', 'role', 'PO'],
    ['Role "pso" (any case)', 'Vacancies', 'Role', 'pso', 'role', 'PSO'],
    ['Authorised officer "Yes"', 'Secondments', 'Authorised officer', 'Yes', 'authorised', true],
    ['Authorised officer "n"', 'Secondments', 'Authorised officer', 'n', 'authorised', false],
    ['Authorised officer TRUE', 'Secondments', 'Authorised officer', true, 'authorised', true],
    ['Extension years "Y" (= 1 year)', 'Secondments', 'Extension years', 'Y', 'extensionMonths', 12],
    ['Extension years 2 (too long is another rule)', 'Secondments', 'Extension years', 2, 'extensionMonths', 24],
    ['Extension years 0.5 (a part year, London Protocol 2010 §2)', 'Secondments', 'Extension years', 0.5, 'extensionMonths', 6],
    ['Extension years "6 months"', 'Secondments', 'Extension years', '6 months', 'extensionMonths', 6],
    ['Extension years 1.5 (18 months: too long for Probation is another rule)', 'Secondments', 'Extension years', 1.5, 'extensionMonths', 18],
    ['Band "B4"', 'Secondments', 'Band', 'B4', 'band', 4],
    ['Current stage "Stage 3"', 'Vacancies', 'Current stage', 'Stage 3', 'currentStage', 3],
    ['Current stage 5', 'Vacancies', 'Current stage', 5, 'currentStage', 5],
    ['Filled by "Permanent"', 'Vacancies', 'Filled by', 'Permanent', 'filledBy', 'YOT permanent'],
    ['Reimbursement "£6,200"', 'Vacancies', 'Reimbursement claimed', '£6,200', 'reimbursement', 6200],
    ['Reimbursement "£6,200.50"', 'Vacancies', 'Reimbursement claimed', '£6,200.50', 'reimbursement', 6200.5],
    ['Reimbursement 0', 'Vacancies', 'Reimbursement claimed', 0, 'reimbursement', 0],
    ['SYV share 0.15', 'Allocations', 'SYV share', 0.15, 'syvShare', 0.15],
    ['SYV share 15 (a percentage)', 'Allocations', 'SYV share', 15, 'syvShare', 0.15],
    ['SYV share "15%"', 'Allocations', 'SYV share', '15%', 'syvShare', 0.15],
  ])('does not fire: %s', (_, table, header, cell, field, value) => {
    const { records, findings } = readRecords(workbook(table, { [header]: cell }));
    expect(findings).toEqual([]);
    const record = { Secondments: records.secondments, Vacancies: records.vacancies, Allocations: records.allocations }[table][0] as unknown as Record<string, unknown>;
    expect(record[field]).toBe(value);
  });

  it('a role that does not fit the scheme is reported as such', () => {
    expect(found('Secondments', { Scheme: 'Police', Role: 'PSO' })).toEqual(['data/invalid-value roleScheme Role']);
    expect(found('Secondments', { Scheme: 'Probation', Role: 'Police Officer' })).toEqual(['data/invalid-value roleScheme Role']);
    expect(found('Secondments', { Scheme: 'Police', Role: 'YOT PC', 'Authorised officer': null })).toEqual([]);
  });

  it('says what was expected and found, points at the cell, and marks the field unreadable', () => {
    const { records, findings } = readRecords(workbook('Secondments', { FTE: 1.2 }));
    const [f] = findings;
    expect(f!.message).toBe('FTE should be a number above 0 and at most 1 (1 = full time); found "1.2".');
    expect(f!.cell).toBe('I2');
    expect(f!.key).toBe('S1');
    expect(f!.severity).toBe('error');
    expect(records.secondments[0]!.fte).toBeNull();
    expect(records.secondments[0]!.invalid.has('fte')).toBe(true);
    const [g] = readRecords(workbook('Vacancies', { 'Current stage': 6 })).findings;
    expect(g!.message).toBe('Current stage should be a stage from 1 to 5; found "6".');
    const [h] = readRecords(workbook('Secondments', { Role: 'Manager' })).findings;
    expect(h!.message).toBe('Role should be one of PO, PSO, Police Officer; found "Manager".');
  });

  it.each<[string, 'Secondments' | 'Vacancies', Record<string, Cell>, string]>([
    ['Filled by serves the no-permanent-appointment rule', 'Vacancies', { 'Filled by': 'Someone' }, 'NPF 2021 §5.5 iv (no permanent appointment to a secondee post)'],
    ['another Vacancies cell serves the evidence trail', 'Vacancies', { 'Current stage': 6 }, 'NPF 2021 §5.5 i (a clear evidence trail)'],
    ['a register cell cites the register in words, not a repository path', 'Secondments', { Role: 'Manager' }, 'NPF 2021 §5.3–§5.4 (the secondment register; Workbook format: Secondments)'],
  ])('cites what the cell serves: %s', (_, table, cells, citation) => {
    const [f] = readRecords(workbook(table, cells)).findings;
    expect(f!.citation).toBe(citation);
  });
});
