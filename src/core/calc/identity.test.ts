import { NPF_2021 } from '../rulebook';
import { allocation, d, records, secondment, vacancy, dispute } from '../rules/testing';
import { psoByPdu, yotNamer, yotsOf } from './identity';

const RB = NPF_2021.values;

describe('yotsOf and yotNamer: one YOT however it is spelled', () => {
  const recs = records({
    secondments: [secondment({ yot: 'Enfield  YJS' })],
    vacancies: [vacancy({ yot: 'ENFIELD YJS' }), vacancy({ id: 'V2', yot: 'Barnet YOS' })],
    allocations: [allocation({ yot: 'barnet yos' }), allocation({ yot: 'Haringey YOS' })],
    disputes: [dispute({ yot: '  ' })],
  });

  it('keys each YOT once, named and placed by the register first, then Vacancies, Allocations, Disputes', () => {
    const yots = yotsOf(recs);
    expect([...yots.values()].map((y) => [y.name, y.table])).toEqual([
      ['Enfield YJS', 'Secondments'],
      ['Barnet YOS', 'Vacancies'],
      ['Haringey YOS', 'Allocations'],
    ]);
  });

  it('names a YOT under the workbook’s spelling, and an unknown one as given', () => {
    const name = yotNamer(recs);
    expect([name('enfield yjs'), name('BARNET   YOS'), name('Camden YOS')]).toEqual(['Enfield YJS', 'Barnet YOS', 'Camden YOS']);
  });
});

describe('psoByPdu: max(0.2, 0.3 × YOTs) against active PSO FTE on a day (NPF 2021 §5.1; Assumption A2)', () => {
  const pso = (id: string, yot: string, start: string, end: string | null, fte = 0.5) => secondment({ id, yot, pdu: 'PDU A', role: 'PSO', fte, start, actualEnd: end });

  it.each<[string, string, number]>([
    ['the last day in post counts (29 February)', '29/02/2024', 1],
    ['the day after, it does not', '01/03/2024', 0.5],
    ['a start on the last day of the month counts that day', '31/01/2024', 1],
    ['not yet started', '30/01/2024', 0.5],
  ])('%s: on %s, %p FTE', (_what, on, active) => {
    const recs = records({ secondments: [pso('S1', 'YOT A', '01/01/2023', null), pso('S2', 'YOT B', '31/01/2024', '29/02/2024')] });
    const [pdu] = psoByPdu(recs, d(on), RB);
    expect(pdu).toMatchObject({ pdu: 'PDU A', yots: ['YOT A', 'YOT B'], formulaFte: 0.6, activePsoFte: active });
  });

  it('counts only active probation PSOs, and each YOT once', () => {
    const recs = records({
      secondments: [pso('S1', 'YOT A', '01/01/2023', null, 0.3), secondment({ id: 'S2', yot: 'yot a', pdu: 'PDU A', role: 'PO', fte: 1, start: '01/01/2023' })],
      allocations: [allocation({ yot: 'YOT A', pdu: 'pdu a' })],
    });
    expect(psoByPdu(recs, d('31/12/2025'), RB)).toEqual([{ pdu: 'pdu a', yots: ['YOT A'], formulaFte: 0.3, activePsoFte: 0.3, place: { table: 'Allocations', row: recs.allocations[0]!.row } }]);
  });
});
