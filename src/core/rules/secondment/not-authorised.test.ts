import rule from './not-authorised';
import { ids, records, run, secondment } from '../testing';

const at = (scheme: 'Probation' | 'Police', role: 'PO' | 'PSO' | 'Police Officer', authorised: boolean | null, actualEnd: string | null = null) =>
  run(rule, records({ secondments: [secondment({ scheme, role, authorised, actualEnd })] }), '30/09/2025');

describe('secondment/not-authorised', () => {
  it.each([
    ['a Probation PO recorded N', 'Probation', 'PO', false, null],
    ['a Probation PSO recorded N', 'Probation', 'PSO', false, null],
    ['an ended Probation secondment recorded N', 'Probation', 'PO', false, '31/03/2025'],
  ] as const)('fires: %s', (_, scheme, role, authorised, actualEnd) => {
    expect(ids(at(scheme, role, authorised, actualEnd))).toEqual(['notAuthorised']);
  });

  it.each([
    ['a Probation PO recorded Y', 'Probation', 'PO', true],
    ['blank (data/missing-field reports it)', 'Probation', 'PO', null],
    ['a police officer recorded N (not a probation officer)', 'Police', 'Police Officer', false],
    ['a police officer left blank', 'Police', 'Police Officer', null],
  ] as const)('does not fire: %s', (_, scheme, role, authorised) => {
    expect(at(scheme, role, authorised)).toEqual([]);
  });

  it('says what was expected and found, and points at the authorised officer cell', () => {
    const [f] = at('Probation', 'PO', false);
    expect(f!.message).toBe(
      'Authorised officer is N; a Probation secondee must be authorised as an officer of a provider of probation services (PI 31/2014 §3.2, §3.8), so Y is expected.',
    );
    expect(f!.column).toBe('Authorised officer');
    expect(f!.citation).toBe('PI 31/2014 §3.2, §3.8');
    expect(f!.severity).toBe('error');
  });

  it('is skipped when the authorised cell could not be read (already a data/invalid-value finding)', () => {
    const s = secondment({ authorised: false });
    (s.invalid as Set<string>).add('authorised');
    expect(run(rule, records({ secondments: [s] }), '30/09/2025')).toEqual([]);
  });
});
