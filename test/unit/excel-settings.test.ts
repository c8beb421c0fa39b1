/**
 * What the add-in keeps in the workbook's settings: the column mapping and the
 * pack's sheets. A hand-edited or older setting never breaks a check, and a
 * failed save is reported.
 */
import { MAPPING_KEY, NO_PACK_SHEETS, PACK_SHEETS_KEY, readMapping, readPackSheets, saveMapping, savePackSheets, type SettingsStore } from '../../src/adapters/excel/settings';

/** Office.context.document.settings as a plain object: saveAsync succeeds unless told otherwise. */
function settings(initial: Record<string, unknown> = {}, fail = false): SettingsStore & { values: Record<string, unknown>; saves: number } {
  const values = { ...initial };
  const store = {
    values,
    saves: 0,
    get: (name: string) => values[name] ?? null,
    set: (name: string, value: unknown) => {
      values[name] = value;
    },
    saveAsync(callback?: (r: { status: unknown; error?: { message: string } | null }) => void) {
      store.saves++;
      callback?.(fail ? { status: 'failed', error: { message: 'the document is read-only' } } : { status: 'succeeded', error: null });
    },
  };
  return store;
}

describe('workbook settings', () => {
  it('saves the column mapping into the document and reads it back', async () => {
    const s = settings();
    await saveMapping(s, { Secondments: { Officer: 'secondee', 'NI number': 'ignore' } });
    expect(s.saves).toBe(1);
    expect(readMapping(s)).toEqual({ Secondments: { Officer: 'secondee', 'NI number': 'ignore' } });
  });

  it('keeps only well-formed mapping entries', () => {
    const s = settings({ [MAPPING_KEY]: { Secondments: { Officer: 'secondee', Count: 3, '': 'id' }, Nonsense: { A: 'b' }, Vacancies: 'x' } });
    expect(readMapping(s)).toEqual({ Secondments: { Officer: 'secondee' } });
    expect(readMapping(settings({ [MAPPING_KEY]: 'not an object' }))).toEqual({});
    expect(readMapping(settings())).toEqual({});
  });

  it('remembers the pack’s sheets by id and name', async () => {
    const s = settings();
    expect(readPackSheets(s)).toEqual(NO_PACK_SHEETS);
    await savePackSheets(s, { sheets: [{ id: '{1}', name: 'YOGB Cover' }], tables: ['PackCover'] });
    expect(readPackSheets(s)).toEqual({ sheets: [{ id: '{1}', name: 'YOGB Cover' }], tables: ['PackCover'] });
    expect(readPackSheets(settings({ [PACK_SHEETS_KEY]: { sheets: [{ id: 3 }, { id: '{2}', name: 'YOGB Summary' }], tables: [null, 'PackSummary'] } }))).toEqual({
      sheets: [{ id: '{2}', name: 'YOGB Summary' }],
      tables: ['PackSummary'],
    });
  });

  it('reports a save that failed', async () => {
    await expect(saveMapping(settings({}, true), {})).rejects.toThrow("The workbook's add-in settings could not be saved: the document is read-only.");
  });
});
