/**
 * The Allocation sheet: formula PO FTE against active PO FTE per YOT, and PSO by
 * PDU (NPF 2021 §5.1; Assumptions A1, A2).
 */
import { allocation, records, secondment } from '../../../rules/testing';
import { packFigures } from '../../figures';
import { at, handChecked, input, sheetText } from '../../testing';

describe('allocation for the hand-checked workbook (as of 30/09/2025)', () => {
  const model = at('30/09/2025', [input(handChecked().recs)]);

  it('puts formula FTE against active PO FTE (PSO and police secondees do not count)', () => {
    expect(packFigures(model).allocation).toEqual([
      { yot: 'YOT A', formulaFte: 0.6, activePoFte: 1.5 },
      { yot: 'YOT B', formulaFte: 1, activePoFte: 0 },
    ]);
    expect(model.allocations[0]!.counted.map((r) => r.id)).toEqual(['A-S1', 'A-S2']);
    expect(model.allocations.map((a) => a.status)).toEqual(['meets', 'below-minimum']);
  });
});

describe('PSO by PDU on the Allocation sheet and in --json (Assumption A2)', () => {
  it('shows formula PSO FTE against active PSO FTE', () => {
    const recs = records({
      secondments: [secondment({ id: 'P1', role: 'PSO', fte: 0.5, pdu: 'PDU A', yot: 'YOT A' })],
      allocations: [allocation({ pdu: 'PDU A', yot: 'YOT A' }), allocation({ pdu: 'PDU A', yot: 'YOT B' })],
    });
    const model = at('30/09/2025', [input(recs, [], 'London', 'london.xlsx')]);
    expect(packFigures(model).psoAllocation).toEqual([{ pdu: 'PDU A', yots: ['YOT A', 'YOT B'], formulaPsoFte: 0.6, activePsoFte: 0.5 }]);
    const text = sheetText(model, 'Allocation');
    expect(text).toContain('PDU PDU A (2 YOTs): formula PSO FTE 0.6, active PSO FTE 0.5 — below the formula.');
    expect(text).toContain('Assumption A1 (a rulebook parameter, not stated by the framework): the deprivation index is banded like SYV, 5% provision per 10% band.');
    expect(text).not.toContain('provision 5% per 10% band (NPF 2021 §5.1)');
  });
});
