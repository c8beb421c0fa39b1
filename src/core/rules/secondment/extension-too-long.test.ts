import rule from './extension-too-long';
import { ids, records, run, secondment } from '../testing';

const at = (scheme: 'Probation' | 'Police', extensionYears: number) =>
  run(
    rule,
    records({ secondments: [secondment({ scheme, role: scheme === 'Police' ? 'Police Officer' : 'PO', extensionYears })] }),
    '30/09/2025',
  );

describe('secondment/extension-too-long', () => {
  it.each([
    ['Probation: 2 years is over the "2+1" maximum of 1', 'Probation', 2, 'probation'],
    ['Probation: 3 years', 'Probation', 3, 'probation'],
    ['Police: 4 years is over the maximum of 3 (5 years in all)', 'Police', 4, 'police'],
  ] as const)('fires: %s', (_, scheme, extension, messageId) => {
    expect(ids(at(scheme, extension))).toEqual([messageId]);
  });

  it.each([
    ['Probation: no extension', 'Probation', 0],
    ['Probation: exactly the maximum of 1', 'Probation', 1],
    ['Police: 2 years', 'Police', 2],
    ['Police: exactly the maximum of 3', 'Police', 3],
  ] as const)('does not fire: %s', (_, scheme, extension) => {
    expect(at(scheme, extension)).toEqual([]);
  });

  it('says what was expected and found, and points at the extension cell', () => {
    const [f] = at('Probation', 2);
    expect(f!.message).toBe(
      'Extension years is 2; a Probation secondment may be extended by at most 1 year (the initial 2 years plus 1 year, 3 years in all, NPF 2021 §5.4 "2+1").',
    );
    expect(f!.column).toBe('Extension years');
    expect(f!.citation).toBe('NPF 2021 §5.4');
    expect(f!.severity).toBe('error');
  });

  it('names the police source for a police secondee', () => {
    const [f] = at('Police', 4);
    expect(f!.message).toBe(
      'Extension years is 4; a police secondment may be extended by at most 3 years (the initial 2 years plus 3 years, 5 years in all, YOT Police Review 2010 §5.10.2).',
    );
  });

  it('is skipped when the extension could not be read (already a data/invalid-value finding)', () => {
    const s = secondment({ extensionYears: 5 });
    (s.invalid as Set<string>).add('extensionYears');
    expect(run(rule, records({ secondments: [s] }), '30/09/2025')).toEqual([]);
  });
});

describe('secondment/extension-too-long citations', () => {
  it('cites NPF 2021 for Probation and the YOT Police Review for police, in words with units', () => {
    expect(at('Probation', 2)[0]).toMatchObject({ citation: 'NPF 2021 §5.4' });
    const [police] = at('Police', 4);
    expect(police).toMatchObject({ citation: 'YOT Police Review 2010 §5.10.2' });
    expect(police!.message).toContain('at most 3 years (the initial 2 years plus 3 years, 5 years in all');
  });
});
