/**
 * The Cover: the meeting date, the finding counts, the generation time (only
 * here), and the contents table made from the pack's list of sheets.
 */
import { NPF_2021 } from '../../../rulebook';
import { d, records, vacancy } from '../../../rules/testing';
import { buildPack } from '../../model';
import { layoutPack } from '../../layout';
import { at, finding, handChecked, input, laidOut } from '../../testing';
import { PACK_SHEETS } from '../index';

const { recs } = handChecked();
const model = at('30/09/2025', [input(recs)]);
const generatedAt = new Date('2025-10-20T09:30:00Z');

describe('the Cover', () => {
  it('takes the meeting date from the Board when none is given', () => {
    expect(model.meetingDate).toBe(d('21/10/2025'));
    expect(buildPack([input(recs)], { asOf: d('30/09/2025'), meetingDate: null, rulebook: NPF_2021, includeNames: false }).meetingDate).toBeNull();
  });

  it('counts findings on the Cover and shows the generation time only there', () => {
    const doc = layoutPack(model, { generatedAt });
    const cover = doc.sheets.find((s) => s.name === 'Cover')!;
    expect(cover.fields.find((f) => f.label === 'Errors')!.value).toBe(0);
    expect(cover.fields.find((f) => f.label === 'Generated')!.value).toBe('20/10/2025 10:30');
    expect(cover.fields.find((f) => f.label === 'YOGB meeting date')).toMatchObject({ value: d('21/10/2025'), kind: 'date' });
    const withoutTime = layoutPack(model, { generatedAt: new Date('2026-01-01T00:00:00Z') });
    expect(withoutTime.sheets.slice(1)).toEqual(doc.sheets.slice(1));
  });

  it('lists each sheet of PACK_SHEETS that has something to show, in order, with what it shows and its rows', () => {
    const doc = layoutPack(model, { generatedAt: null });
    const contents = laidOut(model, 'Cover').tables[0]!;
    const listed = contents.rows.map((r) => r[0]);
    // Without a previous quarter or an Actions table, Movement and Actions have nothing to show.
    expect(listed).toEqual(PACK_SHEETS.map((s) => s.name).filter((n) => n !== 'Movement' && n !== 'Actions'));
    expect(doc.sheets.map((s) => s.name)).toEqual(['Cover', ...listed]);
    const row = (name: string) => contents.rows.find((r) => r[0] === name)!;
    expect(row('Disputes')).toEqual(['Disputes', 'Open disputes and those overdue for escalation', 3]);
    expect(row('Secondments')![1]).toBe('Active secondments: those ending within 6 months, exit planning, PPDA, six-month and three-way reviews');
    expect(row('Vacancies')![2]).toBe(model.vacancies.length);
  });

  it('says how many findings there are, by severity, in the Data quality line', () => {
    const v = records({ vacancies: [vacancy({ id: 'V1' })] });
    const m = at('30/09/2025', [input(v, [finding('error', 'Vacancies', v.vacancies[0]!.row), finding('warning', 'Board', null)])]);
    const cover = laidOut(m, 'Cover');
    expect(cover.fields.find((f) => f.label === 'Data quality')!.value).toBe('1 error, 1 warning and 0 for information: see the Data quality sheet. Errors do not stop the pack.');
    expect(cover.fields.filter((f) => ['Errors', 'Warnings', 'For information'].includes(f.label)).map((f) => f.value)).toEqual([1, 1, 0]);
  });
});
