import rule from './vetting-after-start';
import { ids, records, run, secondment } from '../testing';

const at = (start: string, vettingCleared: string | null, scheme: 'Probation' | 'Police' = 'Probation') =>
  run(
    rule,
    records({ secondments: [secondment({ scheme, role: scheme === 'Police' ? 'Police Officer' : 'PO', start, vettingCleared })] }),
    '30/09/2025',
  );

describe('secondment/vetting-after-start', () => {
  it.each([
    ['the day after the start', '01/04/2024', '02/04/2024', 'Probation'],
    ['months after the start', '01/04/2024', '15/07/2024', 'Probation'],
  ] as const)('fires: %s', (_, start, vetting, scheme) => {
    expect(ids(at(start, vetting, scheme))).toEqual(['late']);
  });

  it.each([
    ['before the start', '01/04/2024', '01/03/2024', 'Probation'],
    ['on the start date', '01/04/2024', '01/04/2024', 'Probation'],
    ['blank (data/missing-field reports it)', '01/04/2024', null, 'Probation'],
    ['a police secondee vetted after starting (vetting by The Probation Service is for probation secondees, NPF 2021 §5.3)', '01/04/2024', '02/04/2024', 'Police'],
  ] as const)('does not fire: %s', (_, start, vetting, scheme) => {
    expect(at(start, vetting, scheme)).toEqual([]);
  });

  it('says what was expected and found, with UK dates, and points at the vetting cell', () => {
    const [f] = at('01/04/2024', '02/04/2024');
    expect(f!.message).toBe(
      'Vetting cleared on 02/04/2024, after the secondment started on 01/04/2024; secondees must be vetted to the appropriate level before they start (NPF 2021 §5.3).',
    );
    expect(f!.column).toBe('Vetting cleared');
    expect(f!.citation).toBe('NPF 2021 §5.3 (Heads of PDU)');
    expect(f!.severity).toBe('error');
  });

  it.each(['start', 'vettingCleared'])('is skipped when %s could not be read', (field) => {
    const s = secondment({ start: '01/04/2024', vettingCleared: '02/04/2024' });
    (s.invalid as Set<string>).add(field);
    expect(run(rule, records({ secondments: [s] }), '30/09/2025')).toEqual([]);
  });
});
