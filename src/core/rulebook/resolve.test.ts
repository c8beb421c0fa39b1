import { NPF_2021, PARAMETERS, PARAMETER_NAMES } from './index';
import { resolveRulebook } from './resolve';

describe('rulebook', () => {
  it('npf-2021 sets every parameter, and every parameter has a label and a citation', () => {
    for (const name of PARAMETER_NAMES) {
      expect(typeof NPF_2021.values[name]).toBe('number');
      expect(PARAMETERS[name].citation).toMatch(/§/);
    }
    expect(Object.keys(NPF_2021.values).sort()).toEqual([...PARAMETER_NAMES].sort());
  });

  it('marks the two assumptions', () => {
    expect(PARAMETERS.deprivationBandPercent.assumption).toMatch(/^A1/);
    expect(PARAMETERS.minimumPsoFtePerPdu.assumption).toMatch(/^A2/);
  });

  it('applies a region override', () => {
    const r = resolveRulebook('npf-2021', { managementFeePerPo: 5250 });
    expect(r.ok && r.rulebook.values.managementFeePerPo).toBe(5250);
    expect(r.ok && r.rulebook.values.stage4WaitMonths).toBe(3);
  });

  it.each([
    [{ managementFee: 1 }, 'no parameter called "managementFee"'],
    [{ stage4WaitMonths: -1 }, '"stage4WaitMonths"'],
    [{ minimumPoFte: 2 }, '"minimumPoFte"'],
    [{ feeBasisMonth: 13 }, '"feeBasisMonth"'],
  ])('refuses %p with a sentence', (overrides, text) => {
    const r = resolveRulebook('npf-2021', overrides);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain(text);
  });

  it.each<[Record<string, unknown>, number]>([
    [{ stage5MinMonthsFromVacant: 4 }, 3],
    [{ stage4WaitMonths: 4, stage5MinMonthsFromVacant: 5 }, 4],
  ])('accepts an old file naming stage5MinMonthsFromVacant when it agrees with the derived value: %p', (overrides, stage4) => {
    const r = resolveRulebook('npf-2021', overrides);
    expect(r.ok && r.rulebook.values.stage4WaitMonths).toBe(stage4);
    expect(r.ok && 'stage5MinMonthsFromVacant' in r.rulebook.values).toBe(false);
  });

  it.each([
    [{ stage5MinMonthsFromVacant: 6 }, '(here 4 months), but the file says 6'],
    [{ stage4WaitMonths: 4, stage5MinMonthsFromVacant: 4 }, '(here 5 months), but the file says 4'],
  ])('refuses an old stage5MinMonthsFromVacant that disagrees with stage4WaitMonths + stage5WaitMonthsAfterStage4, with a sentence: %p', (overrides, text) => {
    const r = resolveRulebook('npf-2021', overrides);
    expect(!r.ok && r.message).toContain(text);
    expect(!r.ok && r.message).toContain('Remove "stage5MinMonthsFromVacant"');
  });

  it('refuses an unknown rulebook', () => {
    const r = resolveRulebook('npf-1999');
    expect(!r.ok && r.message).toContain('no rulebook called "npf-1999"');
  });
});
