import rule from './stage-out-of-order';
import { ids, records, run, vacancy } from '../testing';

type Stages = (string | null)[];
const at = (stages: Stages) => run(rule, records({ vacancies: [vacancy({ vacantFrom: '01/01/2025', stages })] }), '30/09/2025');

describe('vacancy/stage-out-of-order', () => {
  it.each<[string, Stages, string[]]>([
    ['stage 2 with no stage 1', [null, '01/02/2025', null, null, null], ['missing']],
    ['stage 3 with stages 1 and 2 blank', [null, null, '01/03/2025', null, null], ['missing']],
    ['stage 4 with stage 2 missing, and stage 3 fine otherwise: stages 3 and 4 both offend', ['01/01/2025', null, '01/03/2025', '01/04/2025', null], ['missing', 'missing']],
    ['stage 2 dated the day before stage 1', ['02/02/2025', '01/02/2025', null, null, null], ['later']],
    ['stage 5 before stage 4', ['01/01/2025', '02/01/2025', '03/01/2025', '01/06/2025', '31/05/2025'], ['later']],
    ['stage 1 after stages 2 and 3: each of them reported once', ['01/05/2025', '01/03/2025', '01/04/2025', null, null], ['later', 'later']],
    ['a stage missing and an earlier one later: reported once, as missing', ['01/05/2025', null, '01/04/2025', null, null], ['missing']],
  ])('fires: %s', (_, stages, expected) => {
    expect(ids(at(stages))).toEqual(expected);
  });

  it.each<[string, Stages]>([
    ['no stage dates', [null, null, null, null, null]],
    ['stage 1 only', ['01/01/2025', null, null, null, null]],
    ['all five in order', ['01/01/2025', '15/01/2025', '01/02/2025', '01/04/2025', '01/05/2025']],
    ['stages 1–3 on the same day', ['01/01/2025', '01/01/2025', '01/01/2025', null, null]],
    ['stages 1–4 in order, stage 5 not yet', ['01/01/2025', '02/01/2025', '03/01/2025', '01/04/2025', null]],
  ])('does not fire: %s', (_, stages) => {
    expect(at(stages)).toEqual([]);
  });

  it('says what was expected and found, and points at the offending stage date', () => {
    const [missing] = at([null, null, '01/03/2025', null, null]);
    expect(missing!.message).toBe('Stage 3 is dated 01/03/2025; every earlier stage should be dated on or before it, but there is no date for stages 1 and 2.');
    expect(missing!.column).toBe('Stage 3 date');
    const [later] = at(['02/02/2025', '01/02/2025', null, null, null]);
    expect(later!.message).toBe('Stage 2 is dated 01/02/2025; every earlier stage should be dated on or before it, but stage 1 is dated 02/02/2025.');
    expect(later!.column).toBe('Stage 2 date');
    expect(later!.severity).toBe('error');
  });

  it('treats an unreadable earlier stage date as neither missing nor comparable', () => {
    const v = vacancy({ stages: [null, '01/02/2025', null, null, null] });
    (v.invalid as Set<string>).add('stage1Date');
    expect(run(rule, records({ vacancies: [v] }), '30/09/2025')).toEqual([]);
  });
});
