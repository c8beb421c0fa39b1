import rule from './stage4-too-early';
import { ids, records, run, vacancy } from '../testing';

const at = (vacantFrom: string, stage4: string | null) =>
  run(rule, records({ vacancies: [vacancy({ vacantFrom, stages: [vacantFrom, null, null, stage4, null] })] }), '30/09/2025');

describe('vacancy/stage4-too-early', () => {
  it.each([
    ['one day before 3 months', '01/01/2025', '31/03/2025'],
    ['31 January: EDATE clamps to 30 April, so 29 April is early', '31/01/2025', '29/04/2025'],
    ['30 November: 28 February 2025 is EDATE; 27 February is early', '30/11/2024', '27/02/2025'],
    ['leap year: 30 November 2023 + 3 months = 29 February 2024', '30/11/2023', '28/02/2024'],
  ])('fires: %s', (_, vacantFrom, stage4) => {
    expect(ids(at(vacantFrom, stage4))).toEqual(['early']);
  });

  it.each([
    ['exactly 3 months', '01/01/2025', '01/04/2025'],
    ['31 January + 3 months = 30 April (end of month)', '31/01/2025', '30/04/2025'],
    ['29 February 2024 + 3 months = 29 May 2024', '29/02/2024', '29/05/2024'],
    ['no stage 4 date', '01/01/2025', null],
  ])('does not fire: %s', (_, vacantFrom, stage4) => {
    expect(at(vacantFrom, stage4)).toEqual([]);
  });

  it('says what was expected and found, with UK dates, and points at the stage 4 cell', () => {
    const [f] = at('31/01/2025', '29/04/2025');
    expect(f!.message).toBe('Stage 4 started on 29/04/2025; the earliest date is 30/04/2025 (3 months after the post fell vacant on 31/01/2025).');
    expect(f!.column).toBe('Stage 4 date');
    expect(f!.cell).toMatch(/^[A-Z]+\d+$/);
    expect(f!.citation).toBe('NPF 2021 §5.5 stage 4');
    expect(f!.severity).toBe('error');
  });

  it('is skipped when the stage 4 date could not be read (already a data/invalid-date finding)', () => {
    const v = vacancy({ stages: ['01/01/2025', null, null, null, null] });
    (v.invalid as Set<string>).add('stage4Date');
    expect(run(rule, records({ vacancies: [v] }), '30/09/2025')).toEqual([]);
  });
});
