import { NPF_2021 } from '../rulebook';
import { deprivationIndex, deprivationProvision, formulaFte, managementFee, psoFteForPdu, syvProvision, upliftLevel, yotKey } from './allocation';

const RB = NPF_2021.values;

// No dates here: the resource formula and the fee are counted on figures (NPF 2021 §5.1, §5.4), so there are no month-end cases.
describe('upliftLevel: 10% bands, 0–10% = 1 … 91–100% = 10 (NPF 2021 §5.1)', () => {
  it.each([
    [0, 1], [0.05, 1], [0.1, 1], [0.11, 2], [0.2, 2], [0.3, 3], [0.301, 4], [0.91, 10], [1, 10],
  ])('%p → level %p', (share, level) => {
    expect(upliftLevel(share, 10)).toBe(level);
  });
});

describe('the PO resource formula (NPF 2021 §5.1)', () => {
  it('SYV and deprivation provisions are 5% a level, none without data (deprivation banded like SYV: Assumption A1)', () => {
    expect(syvProvision(null, RB)).toBe(0);
    expect(syvProvision(0.15, RB)).toBeCloseTo(0.1, 12);
    expect(deprivationProvision(null, RB)).toBe(0);
    expect(deprivationProvision(0.35, RB)).toBeCloseTo(0.2, 12);
  });

  it.each<[number, number | null, number | null, number]>([
    [12, null, null, 0.6], // 12 cases = 0.6 FTE
    [20, 0.15, null, 1.1], // SYV level 2 = +10%
    [20, 0.15, 0.35, 1.3], // and deprivation level 4 = +20%
    [4, null, null, 0.5], // never under the minimum
    [0, null, null, 0.5],
  ])('caseload %p, SYV %p, deprivation %p → %p FTE', (caseload, syv, dep, fte) => {
    expect(formulaFte(caseload, syv, dep, RB)).toBe(fte);
  });

  it('follows the rulebook (E3: 25 cases per FTE)', () => {
    expect(formulaFte(25, null, null, { ...RB, caseloadPerFte: 25 })).toBe(1);
  });

  it('PSO FTE for a PDU: max(0.2, 0.3 × YOTs) (Assumption A2)', () => {
    expect([psoFteForPdu(0, RB), psoFteForPdu(1, RB), psoFteForPdu(3, RB)]).toEqual([0.2, 0.3, 0.9]);
  });

  it('the deprivation index is the mean of the factor scores, free of float noise', () => {
    expect(deprivationIndex([0.1, 0.2, 0.3, 0.4, 0.5, 0.6])).toBe(0.35);
    expect(deprivationIndex([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7])).toBe(0.4);
  });
});

describe('managementFee: £5,000 a PO, by head (NPF 2021 §5.4)', () => {
  it.each([
    ['PO', 1, 5000], ['PO', 3, 15000], ['PSO', 2, 0], ['Police Officer', 1, 0],
  ] as const)('%s × %p → %p', (role, heads, fee) => {
    expect(managementFee(role, heads, RB)).toBe(fee);
  });
});

describe('yotKey', () => {
  it('trims, collapses spaces and ignores case', () => {
    expect(yotKey('  Enfield   YJS ')).toBe(yotKey('ENFIELD YJS'));
    expect(yotKey('Enfield YJS')).not.toBe(yotKey('Enfield YOS'));
  });
});
