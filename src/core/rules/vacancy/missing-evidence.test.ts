import rule from './missing-evidence';
import { ids, records, run, vacancy } from '../testing';

type Cells = (string | null)[];
const at = (stages: Cells, evidence: Cells) => run(rule, records({ vacancies: [vacancy({ stages, evidence })] }), '30/09/2025');

describe('vacancy/missing-evidence', () => {
  it.each<[string, Cells, Cells, string[]]>([
    ['stage 1 dated, no evidence', ['01/01/2025', null, null, null, null], [null, null, null, null, null], ['missing']],
    ['stages 1–4 dated, evidence for 1 and 3 only', ['01/01/2025', '02/01/2025', '03/01/2025', '01/04/2025', null], ['E1', null, 'E3', null, null], ['missing', 'missing']],
    ['evidence that is only spaces', ['01/01/2025', null, null, null, null], ['   ', null, null, null, null], ['missing']],
  ])('fires: %s', (_, stages, evidence, expected) => {
    expect(ids(at(stages, evidence))).toEqual(expected);
  });

  it.each<[string, Cells, Cells]>([
    ['no stages', [null, null, null, null, null], [null, null, null, null, null]],
    ['every dated stage has evidence', ['01/01/2025', '02/01/2025', null, null, null], ['E1', 'E2', null, null, null]],
    ['evidence without a date (not this rule)', [null, null, null, null, null], ['E1', null, null, null, null]],
  ])('does not fire: %s', (_, stages, evidence) => {
    expect(at(stages, evidence)).toEqual([]);
  });

  it('says what was expected and found, and points at the evidence cell', () => {
    const f = at(['01/01/2025', '02/01/2025', null, null, null], ['E1', null, null, null, null]);
    expect(f.map((x) => x.column)).toEqual(['Stage 2 evidence']);
    expect(f[0]!.message).toBe('Stage 2 is dated 02/01/2025; expected an evidence reference for it (the evidence trail for each stage), found none.');
    expect(f[0]!.severity).toBe('warning');
    expect(f[0]!.citation).toBe('NPF 2021 §5.5 i');
  });
});
