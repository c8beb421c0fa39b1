import rule from './below-minimum';
import { allocation, ids, records, run, secondment, vacancy, dispute } from '../testing';
import type { Secondment } from '../../records/types';
import { fte } from '../define';

const po = (fte: number, o: Parameters<typeof secondment>[0] = {}) => secondment({ yot: 'YOT A', role: 'PO', fte, start: '01/04/2024', ...o });
const at = (secondments: Secondment[], yot = 'YOT A') => run(rule, records({ secondments, allocations: [allocation({ yot, caseload: 12 })] }), '30/09/2025');

describe('allocation/below-minimum', () => {
  it.each<[string, Secondment[]]>([
    ['no secondments at all', []],
    ['0.4 FTE PO', [po(0.4)]],
    ['0.2 + 0.2 FTE', [po(0.2), po(0.2, { id: 'S2' })]],
    ['1.0 FTE of PSOs does not count', [po(0.3), secondment({ id: 'S2', role: 'PSO', fte: 1 })]],
    ['a police officer does not count', [secondment({ id: 'S2', scheme: 'Police', role: 'Police Officer', fte: 1 })]],
    ['a PO who left before the as-of date does not count', [po(0.3), po(1, { id: 'S2', actualEnd: '31/08/2025' })]],
    ['a PO starting after the as-of date does not count', [po(1, { start: '01/10/2025' })]],
  ])('fires: %s', (_, secondments) => {
    expect(ids(at(secondments))).toEqual(['below']);
  });

  it('covers every YOT in the workbook, not only those with an Allocations row ("retained across all YOTs")', () => {
    const recs = records({
      secondments: [po(1, { yot: 'YOT A' }), po(0.4, { id: 'S2', yot: 'YOT B' })],
      vacancies: [vacancy({ yot: 'YOT C' })],
      allocations: [allocation({ yot: 'YOT A' })],
      disputes: [dispute({ yot: 'YOT Typo' })],
    });
    const found = run(rule, recs, '30/09/2025');
    expect(found.map((f) => [f.key, f.table, f.data['active']])).toEqual([
      ['YOT B', 'Secondments', fte(0.4)],
      ['YOT C', 'Vacancies', fte(0)],
    ]);
  });

  it('one YOT however it is spelled, named as the register spells it, on its Allocations row when it has one', () => {
    const recs = records({
      secondments: [po(0.2, { yot: 'ENFIELD  YJS' }), po(0.2, { id: 'S2', yot: 'Enfield YJS' })],
      vacancies: [vacancy({ yot: 'enfield yjs' })],
      allocations: [allocation({ yot: 'Enfield YJS' })],
    });
    const found = run(rule, recs, '30/09/2025');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ key: 'ENFIELD YJS', table: 'Allocations', data: { active: fte(0.4) } });
  });

  it.each<[string, Secondment[]]>([
    ['exactly 0.5 FTE', [po(0.5)]],
    ['0.1 + 0.2 + 0.2 = 0.5 (float noise)', [po(0.1), po(0.2, { id: 'S2' }), po(0.2, { id: 'S3' })]],
    ['1.0 FTE', [po(1)]],
    ['a PO leaving after the as-of date still counts', [po(0.5, { actualEnd: '01/10/2025' })]],
    ['the register spells the YOT in other case and spacing', [po(1, { yot: ' yot  a ' })]],
    ['secondments in another YOT that meets the minimum (and YOT A has its own PO)', [po(1, { yot: 'YOT B' }), po(0.5, { id: 'S2' })]],
  ])('does not fire: %s', (_, secondments) => {
    expect(at(secondments)).toEqual([]);
  });

  it('says what was expected and found, and is keyed by the YOT', () => {
    const [f] = at([po(0.4)]);
    expect(f!.message).toBe('YOT A has 0.4 FTE of active seconded Probation Officers on 30/09/2025; every YOT should have at least 0.5 FTE.');
    expect(f!.key).toBe('YOT A');
    expect(f!.column).toBe('YOT');
    expect(f!.severity).toBe('warning');
    expect(f!.citation).toBe('NPF 2021 §5.1');
  });
});
