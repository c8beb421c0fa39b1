/**
 * Going to a finding's cell in Excel, driven through office-addin-mock: the
 * sheet is activated and the cell selected in one sync; a sheet that has gone
 * since the check is said in words.
 */
import { selectFinding, targetOf } from '../../src/adapters/excel/navigate';
import { UserFacingError } from '../../src/adapters/host';
import { fakeWorkbook, mockWorkbook } from '../helpers/excel-mock';

function workbook() {
  return fakeWorkbook([{ name: 'Board' }, { name: 'Secondments' }, { name: 'Vacancies' }]);
}

describe('Excel adapter: going to a finding', () => {
  it('activates the sheet and selects the cell in one sync', async () => {
    const state = workbook();
    const { context, stats } = mockWorkbook(state);
    await selectFinding(context, { sheet: 'Secondments', cell: 'L13' });
    expect(stats.syncs).toBe(1);
    expect(state.active).toBe('Secondments');
    expect(state.selection).toEqual({ sheet: 'Secondments', address: 'L13' });
  });

  it('activates the sheet alone for a finding about a whole table', async () => {
    const state = workbook();
    const { context, stats } = mockWorkbook(state);
    await selectFinding(context, { sheet: 'Vacancies', cell: null });
    expect(stats.syncs).toBe(1);
    expect(state.active).toBe('Vacancies');
    expect(state.selection).toBeNull();
  });

  it('says so when the sheet has been renamed or deleted since the check', async () => {
    const state = workbook();
    const { context } = mockWorkbook(state);
    const err = await selectFinding(context, { sheet: 'Old register', cell: 'A2' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserFacingError);
    expect((err as Error).message).toBe('There is no sheet called "Old register" in this workbook any more; check the workbook again.');
    expect(state.active).toBe('Board');
  });

  it('has nowhere to go for a finding about the whole workbook', async () => {
    expect(targetOf({ sheet: null, cell: null })).toBeNull();
    const { context, stats } = mockWorkbook(workbook());
    await expect(selectFinding(context, { sheet: null, cell: null })).rejects.toThrow('about the whole workbook');
    expect(stats.syncs).toBe(0);
  });
});
