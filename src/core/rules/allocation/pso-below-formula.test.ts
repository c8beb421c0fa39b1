import rule from './pso-below-formula';
import { allocation, ids, records, run, secondment, vacancy } from '../testing';
import type { Secondment } from '../../records/types';

const pso = (fte: number, o: Parameters<typeof secondment>[0] = {}) => secondment({ id: `P${fte}${o.yot ?? ''}`, pdu: 'PDU A', yot: 'YOT A', role: 'PSO', fte, ...o });
const at = (secondments: Secondment[], yots: string[]) =>
  run(rule, records({ secondments, allocations: yots.map((yot) => allocation({ pdu: 'PDU A', yot })) }), '30/09/2025');

describe('allocation/pso-below-formula (NPF 2021 §5.1, Assumption A2)', () => {
  it.each<[string, Secondment[], string[]]>([
    ['1 YOT: 0.3 FTE owed, 0.2 in post', [pso(0.2)], ['YOT A']],
    ['2 YOTs: 0.6 owed, 0.5 in post', [pso(0.5)], ['YOT A', 'YOT B']],
    ['no PSO at all', [], ['YOT A']],
    ['a PO does not count as PSO', [secondment({ role: 'PO', fte: 1, pdu: 'PDU A' })], ['YOT A']],
    ['a PSO who left before as-of does not count', [pso(1, { actualEnd: '29/09/2025' })], ['YOT A']],
  ])('fires: %s', (_, secondments, yots) => {
    expect(ids(at(secondments, yots))).toEqual(['below']);
  });

  it.each<[string, Secondment[], string[]]>([
    ['1 YOT: exactly 0.3 FTE', [pso(0.3)], ['YOT A']],
    ['2 YOTs: 0.6 FTE', [pso(0.3), pso(0.3, { id: 'X2', yot: 'YOT B' })], ['YOT A', 'YOT B']],
    ['one YOT spelled two ways counts once (0.3 owed)', [pso(0.3)], ['YOT A', ' yot  a']],
    ['a PSO whose last day is as-of still counts', [pso(0.3, { actualEnd: '30/09/2025' })], ['YOT A']],
  ])('does not fire: %s', (_, secondments, yots) => {
    expect(at(secondments, yots)).toEqual([]);
  });

  it('counts YOTs named with the PDU anywhere, and says the formula', () => {
    const recs = records({ secondments: [pso(0.2)], vacancies: [vacancy({ pdu: 'PDU A', yot: 'YOT C' })], allocations: [allocation({ pdu: 'PDU A', yot: 'YOT A' })] });
    const [f] = run(rule, recs, '30/09/2025');
    expect(f!.message).toBe(
      'PDU PDU A has 0.2 FTE of active seconded Probation Services Officers on 30/09/2025; its PSO allocation is 0.6 FTE (0.3 FTE × 2 YOTs: YOT A, YOT C; at least 0.2 FTE per PDU, Assumption A2).',
    );
    expect(f!.severity).toBe('info');
    expect(f!.table).toBe('Allocations');
    expect(f!.citation).toBe('NPF 2021 §5.1 (Assumption A2)');
  });

  it.each<[string, ReturnType<typeof records>]>([
    ['the PDU has an Allocations row', records({ secondments: [pso(0.2)], allocations: [allocation({ pdu: 'PDU A', yot: 'YOT A' })] })],
    ['the PDU is named only on Secondments rows', records({ secondments: [pso(0.1), pso(0.05, { id: 'P2' })] })],
  ])('is a PDU-level finding on no record row, keyed by the PDU: %s', (_, recs) => {
    const [f] = run(rule, recs, '30/09/2025');
    expect(f).toMatchObject({ table: 'Allocations', row: null, cell: null, column: null, key: 'PDU A' });
  });
});
