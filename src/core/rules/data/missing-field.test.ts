import { readRecords } from '../../records/read';
import type { Cell, RawWorkbook } from '../../records/types';

const SECONDMENT_HEADERS = ['Secondment ID', 'Region', 'PDU', 'YOT', 'Scheme', 'Role', 'FTE', 'Start date', 'Vetting cleared', 'Authorised officer'];
const SECONDMENT_ROW: Cell[] = ['S1', 'North West', 'PDU A', 'YOT A', 'Probation', 'PO', 1, '01/04/2024', '01/03/2024', 'Y'];
const VACANCY_HEADERS = ['Vacancy ID', 'Region', 'PDU', 'YOT', 'Role', 'FTE', 'Vacant from', 'Filled date'];
const VACANCY_ROW: Cell[] = ['V1', 'North West', 'PDU A', 'YOT A', 'PO', 1, '01/01/2025', null];

const row = (headers: readonly string[], defaults: readonly Cell[], cells: Record<string, Cell>): Cell[] =>
  headers.map((h, i) => (h in cells ? cells[h]! : defaults[i]!));

/** Secondments and Vacancies tables, headers on sheet row 1 from column A, with the given rows. */
function workbook(parts: { secondments?: Record<string, Cell>[]; vacancies?: Record<string, Cell>[]; vacancyHeaders?: string[] }): RawWorkbook {
  const vh = parts.vacancyHeaders ?? VACANCY_HEADERS;
  return {
    source: 'test.xlsx',
    sheetNames: ['Secondments', 'Vacancies'],
    grids: {
      Secondments: {
        kind: 'table', sheet: 'Secondments', originRow: 1, originCol: 1,
        values: [SECONDMENT_HEADERS, ...(parts.secondments ?? [{}]).map((c) => row(SECONDMENT_HEADERS, SECONDMENT_ROW, c))],
      },
      Vacancies: {
        kind: 'table', sheet: 'Vacancies', originRow: 1, originCol: 1,
        values: [vh, ...(parts.vacancies ?? [{}]).map((c) => row(vh, vh.map((h) => VACANCY_ROW[VACANCY_HEADERS.indexOf(h)] ?? null), c))],
      },
    },
  };
}

const found = (raw: RawWorkbook) => readRecords(raw).findings.map((f) => `${f.rule} ${f.messageId} ${f.column ?? '-'}`);

describe('data/missing-field', () => {
  it.each<[string, RawWorkbook, string[]]>([
    ['a blank Region on a vacancy', workbook({ vacancies: [{ Region: null }] }), ['data/missing-field blank Region']],
    ['a Vacant from of only spaces', workbook({ vacancies: [{ 'Vacant from': '   ' }] }), ['data/missing-field blank Vacant from']],
    ['a blank Vacancy ID', workbook({ vacancies: [{ 'Vacancy ID': '' }] }), ['data/missing-field blank Vacancy ID']],
    ['a blank FTE and Role on a secondment', workbook({ secondments: [{ FTE: null, Role: null }] }), ['data/missing-field blank Role', 'data/missing-field blank FTE']],
    ['a blank Authorised officer for a Probation secondee', workbook({ secondments: [{ 'Authorised officer': null }] }), ['data/missing-field blankProbation Authorised officer']],
    ['a blank Vetting cleared for a Probation secondee', workbook({ secondments: [{ 'Vetting cleared': null }] }), ['data/missing-field blankProbation Vetting cleared']],
    [
      'a blank Authorised officer with the Scheme blank too (Probation by default)',
      workbook({ secondments: [{ Scheme: null, 'Authorised officer': null }] }),
      ['data/missing-field blankProbation Authorised officer'],
    ],
    [
      'a table with no Vacant from column: one finding for the table, none per row',
      workbook({ vacancyHeaders: VACANCY_HEADERS.filter((h) => h !== 'Vacant from'), vacancies: [{}, { 'Vacancy ID': 'V2' }] }),
      ['data/missing-field noColumn -'],
    ],
  ])('fires: %s', (_, raw, expected) => {
    expect(found(raw)).toEqual(expected);
  });

  it.each<[string, RawWorkbook]>([
    ['every required field filled', workbook({})],
    ['a blank optional field (Filled date)', workbook({ vacancies: [{ 'Filled date': null }] })],
    ['a blank Authorised officer for a police secondee', workbook({ secondments: [{ Scheme: 'Police', Role: 'Police Officer', 'Authorised officer': null }] })],
    ['a blank Vetting cleared for a police secondee (vetting by The Probation Service is a probation duty, NPF 2021 §5.3)', workbook({ secondments: [{ Scheme: 'Police', Role: 'Police Officer', 'Authorised officer': null, 'Vetting cleared': null }] })],
    ['a police secondee with the Scheme blank (taken from the role)', workbook({ secondments: [{ Scheme: null, Role: 'Police Officer', 'Authorised officer': null }] })],
    ['a wholly blank row is skipped', workbook({ vacancies: [{}, Object.fromEntries(VACANCY_HEADERS.map((h) => [h, null]))] })],
  ])('does not fire: %s', (_, raw) => {
    expect(found(raw)).toEqual([]);
  });

  it('a register cell cites what the register serves, never the vacancy evidence trail (NPF 2021 §5.5 i)', () => {
    const { findings } = readRecords(workbook({ secondments: [{ Region: null, 'Vetting cleared': null }], vacancies: [{ Region: null }] }));
    const register = findings.filter((f) => f.table === 'Secondments');
    expect(register.map((f) => f.citation)).toEqual([
      'NPF 2021 §5.3–§5.4 (the secondment register; Workbook format: Secondments)',
      'NPF 2021 §5.3–§5.4 (the secondment register; Workbook format: Secondments)',
    ]);
    // Users never see a repository path.
    for (const f of findings) expect(f.citation).not.toMatch(/docs\/|\.md\b/);
    expect(register[1]!.message).toBe('Vetting cleared is required for a Probation secondee (NPF 2021 §5.3, vetting by The Probation Service); found a blank cell.');
    expect(findings.find((f) => f.table === 'Vacancies')!.citation).toBe('NPF 2021 §5.5 i (a clear evidence trail)');
  });

  it('says what was expected and found, points at the cell, and marks the field unreadable', () => {
    const { records, findings } = readRecords(workbook({ vacancies: [{}, { 'Vacancy ID': 'V2', Region: null }] }));
    const [f] = findings;
    expect(f!.message).toBe('Region is required; found a blank cell.');
    expect(f!.cell).toBe('B3');
    expect(f!.row).toBe(3);
    expect(f!.key).toBe('V2');
    expect(f!.severity).toBe('error');
    expect(records.vacancies[1]!.invalid.has('region')).toBe(true);
    const [g] = readRecords(workbook({ secondments: [{ 'Authorised officer': null }] })).findings;
    expect(g!.message).toBe('Authorised officer is required for a Probation secondee (PI 31/2014 §3.2); found a blank cell.');
  });

  it('a missing column is reported at the header row, with the headers that would match', () => {
    const raw = workbook({ vacancyHeaders: VACANCY_HEADERS.filter((h) => h !== 'Vacant from') });
    const [f] = readRecords(raw).findings;
    expect(f!.message).toBe(
      'Expected a "Vacant from" column in the Vacancies table (headers such as "Vacant from", "Date vacant", "Vacancy start"); found none, so no row can be checked for it. Map one of the unrecognised headers to it, or add the column.',
    );
    expect(f!.table).toBe('Vacancies');
    expect(f!.row).toBe(1);
    expect(f!.key).toBeNull();
  });

  it('a missing column marks the field unreadable on every row, so rules that need it skip the rows', () => {
    const raw = workbook({ vacancyHeaders: VACANCY_HEADERS.filter((h) => h !== 'Vacant from'), vacancies: [{}, { 'Vacancy ID': 'V2' }] });
    const { records } = readRecords(raw);
    expect(records.vacancies.map((v) => [v.vacantFrom, v.invalid.has('vacantFrom')])).toEqual([[null, true], [null, true]]);
  });

  it('a header written another way is not missing', () => {
    const raw = workbook({ vacancyHeaders: VACANCY_HEADERS.map((h) => (h === 'Vacant from' ? 'Date vacant' : h)), vacancies: [{ 'Date vacant': '01/01/2025' }] });
    expect(found(raw)).toEqual([]);
  });
});
