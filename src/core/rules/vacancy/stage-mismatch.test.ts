import rule from './stage-mismatch';
import { ids, records, run, vacancy } from '../testing';

const STAGE_DATES = ['01/01/2025', '15/01/2025', '01/02/2025', '01/04/2025', '01/05/2025'];
const at = (currentStage: number | null, highest: number) =>
  run(rule, records({ vacancies: [vacancy({ currentStage, stages: STAGE_DATES.map((s, i) => (i < highest ? s : null)) })] }), '30/09/2025');

describe('vacancy/stage-mismatch', () => {
  it.each<[string, number, number, string]>([
    ['current 4, highest dated 3', 4, 3, 'mismatch'],
    ['current 2, highest dated 5', 2, 5, 'mismatch'],
    ['current 1, no stage dates', 1, 0, 'noDates'],
  ])('fires: %s', (_, current, highest, messageId) => {
    expect(ids(at(current, highest))).toEqual([messageId]);
  });

  it.each<[string, number | null, number]>([
    ['current stage matches', 3, 3],
    ['current stage 5, all five dated', 5, 5],
    ['no current stage given', null, 4],
  ])('does not fire: %s', (_, current, highest) => {
    expect(at(current, highest)).toEqual([]);
  });

  it('says what was expected and found, and points at the Current stage cell', () => {
    const [f] = at(4, 3);
    expect(f!.message).toBe('Current stage is 4; expected 3, the highest stage with a date.');
    expect(f!.column).toBe('Current stage');
    expect(f!.severity).toBe('warning');
  });

  it('is skipped when a stage date could not be read', () => {
    const v = vacancy({ currentStage: 4, stages: STAGE_DATES.slice(0, 3) });
    (v.invalid as Set<string>).add('stage4Date');
    expect(run(rule, records({ vacancies: [v] }), '30/09/2025')).toEqual([]);
  });
});
