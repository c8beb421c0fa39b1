import { loadWorkbookBytes } from '../../../../adapters/xlsx/read';
import { buildWorkbook, type RowInput, type WorkbookInput } from '../../../../../test/helpers/make-workbook';
import { NPF_2021 } from '../../../rulebook';
import { readRecords } from '../../../records/read';
import { d } from '../../../rules/testing';
import { validateRecords } from '../../../validate';
import { buildPack, type PackInput } from '../../model';
import { layoutPack } from '../../layout';
import { boardDecisions } from '../board-summary/model';
import { boardSummaryDraft } from '../board-summary/sheet';
import { actionLists } from './model';
import { actionsDraft } from './sheet';

/** A real .xlsx written by exceljs and read back through the file adapter, validated on `asOf`. */
async function input(asOf: string, wb: WorkbookInput): Promise<PackInput> {
  const bytes = await buildWorkbook(wb).xlsx.writeBuffer();
  const { raw } = await loadWorkbookBytes(new Uint8Array(bytes as ArrayBuffer), 'nw.xlsx');
  const { records, findings } = readRecords(raw);
  return { source: 'nw.xlsx', region: 'North West', records, findings: validateRecords(records, findings, d(asOf), NPF_2021).findings };
}

const sec: RowInput = {
  'Secondment ID': 'S-1', Region: 'North West', PDU: 'Wirral', YOT: 'Wirral YJS', Scheme: 'Probation', Role: 'PO', Band: 'Band 4', FTE: 1,
  Secondee: 'Zoë Ng', 'Start date': '01/04/2025', 'Vetting cleared': '01/03/2025', 'Authorised officer': 'Y',
};
const vac: RowInput = { 'Vacancy ID': 'V-1', PDU: 'Wirral', YOT: 'Wirral YJS', Role: 'PO', FTE: 1, 'Vacant from': '01/08/2025', Reason: 'Leaver', 'Stage 1 date': '01/08/2025' };
const act = (id: string, o: Record<string, string | null>): RowInput => ({
  'Action ID': id, Action: `Action ${id}`, Owner: 'Amira Patel', Due: null, Status: 'Open', 'Raised at': '15/07/2025', Closed: null, ...o,
});

/** As of 30/09/2025 (2025/26 Q2, which began 01/07/2025). */
const ACTIONS: RowInput[] = [
  act('A-OVERDUE', { Due: '31/08/2025', Action: 'Amira Patel to write to the PDU head' }),
  act('A-OPEN', { Due: '31/10/2025', Owner: 'Head of PDU' }),
  act('A-CLOSED-Q2', { Due: '31/08/2025', Status: 'Closed', Closed: '20/08/2025' }),
  act('A-CLOSED-Q1', { Due: '31/05/2025', Status: 'Closed', Closed: '10/06/2025', 'Raised at': '15/04/2025' }),
  // Marked Closed, dated after the as-of date: still open on 30/09/2025, and overdue.
  act('A-CLOSED-LATER', { Due: '15/09/2025', Status: 'Closed', Closed: '05/10/2025' }),
  // Raised after the as-of date: not yet an action on it.
  act('A-FUTURE', { 'Raised at': '21/10/2025', Due: '30/11/2025' }),
];

describe('the Actions table (optional, like Disputes)', () => {
  it('is read from a real workbook, and a workbook without it gives no finding about it', async () => {
    const withIt = await input('30/09/2025', { board: { region: 'North West', asOf: '30/09/2025' }, secondments: [sec], vacancies: [vac], actions: ACTIONS });
    expect(withIt.records.actions.map((a) => [a.id, a.status, a.due])).toContainEqual(['A-OVERDUE', 'Open', d('31/08/2025')]);
    expect(withIt.findings.filter((f) => f.table === 'Actions')).toEqual([]);
    const without = await input('30/09/2025', { board: { region: 'North West', asOf: '30/09/2025' }, secondments: [sec], vacancies: [vac] });
    expect(without.records.actions).toEqual([]);
    expect(without.findings.filter((f) => f.table === 'Actions' || /Actions/.test(f.message))).toEqual([]);
    const model = buildPack([without], { asOf: d('30/09/2025'), rulebook: NPF_2021, includeNames: false });
    expect(actionsDraft({ model, previous: null })).toBeNull();
    expect(layoutPack(model).sheets.map((s) => s.name)).not.toContain('Actions');
  });

  it('reports an unreadable due date as a data finding on the Actions table', async () => {
    const x = await input('30/09/2025', { board: { region: 'North West', asOf: '30/09/2025' }, secondments: [sec], vacancies: [vac], actions: [act('A-BAD', { Due: '31/02/2025' })], dates: 'text' });
    expect(x.findings.filter((f) => f.table === 'Actions').map((f) => f.rule)).toEqual(['data/invalid-date']);
  });
});

describe('the Actions sheet', () => {
  let inp: PackInput;
  beforeAll(async () => {
    inp = await input('30/09/2025', { board: { region: 'North West', asOf: '30/09/2025', meetingDate: '21/10/2025' }, secondments: [sec], vacancies: [vac], actions: ACTIONS });
  });
  const pack = (includeNames: boolean) => buildPack([inp], { asOf: d('30/09/2025'), rulebook: NPF_2021, includeNames });

  it('lists overdue and open actions, and those closed within the quarter when no previous quarter is given', () => {
    const l = actionLists(pack(false), null);
    expect(l.overdue.map((a) => a.ref.id)).toEqual(['A-OVERDUE', 'A-CLOSED-LATER']);
    expect(l.open.map((a) => a.ref.id)).toEqual(['A-OPEN']);
    expect(l.closedSince.map((a) => a.ref.id)).toEqual(['A-CLOSED-Q2']);
  });

  it('with a previous quarter, lists those closed after its as-of date', () => {
    expect(actionLists(pack(false), d('31/05/2025')).closedSince.map((a) => a.ref.id)).toEqual(['A-CLOSED-Q1', 'A-CLOSED-Q2']);
    expect(actionLists(pack(false), d('30/08/2025')).closedSince.map((a) => a.ref.id)).toEqual([]);
  });

  it('shows an owner who is a role, and withholds a name-shaped owner from every text unless names are asked for', () => {
    const model = pack(false);
    const doc = JSON.stringify(layoutPack(model));
    expect(doc).not.toContain('Amira');
    expect(doc).not.toContain('Patel');
    const draft = actionsDraft({ model, previous: null })!;
    const ownerCol = draft.table.columns.findIndex((c) => c.header === 'Owner');
    expect(draft.table.rows.map((r) => r[ownerCol])).toEqual(['Name left out', 'Name left out', 'Head of PDU', 'Name left out']);
    expect(draft.table.rows.map((r) => r[1])).toEqual(['A-OVERDUE', 'A-CLOSED-LATER', 'A-OPEN', 'A-CLOSED-Q2']);
    expect(draft.table.rows[0]).toContainEqual({ rag: 'Red', label: 'Red: overdue (due 31/08/2025)' });

    const named = actionsDraft({ model: pack(true), previous: null })!;
    const owner = named.table.columns.findIndex((c) => c.header === 'Owner');
    expect(owner).toBeGreaterThan(-1);
    expect(named.table.rows.map((r) => r[owner])).toEqual(['Amira Patel', 'Amira Patel', 'Head of PDU', 'Amira Patel']);
  });

  it('puts each overdue action in the Board summary decisions, with its owner only when names are asked for', () => {
    const ds = boardDecisions(pack(false)).filter((x) => x.kind === 'action-overdue');
    expect(ds.map((x) => x.id)).toEqual(['A-OVERDUE', 'A-CLOSED-LATER']);
    expect(ds[0]!.what).toMatch(/still open after its due date 31\/08\/2025/);
    expect(ds[0]!.citation).toBe('NPF 2021 §5.5 vi');
    const rows = boardSummaryDraft({ model: pack(false), previous: null }).more![0]!.rows;
    expect(rows.some((r) => String(r[1]) === 'The action’s owner (name left out)')).toBe(true);
    expect(boardDecisions(pack(true)).find((x) => x.id === 'A-OVERDUE')!.who).toBe('Amira Patel (action owner)');
  });

  it('is placed after Disputes in the pack', () => {
    const names = layoutPack(pack(false)).sheets.map((s) => s.name);
    expect(names.indexOf('Actions')).toBe(names.indexOf('Disputes') + 1);
  });
});
