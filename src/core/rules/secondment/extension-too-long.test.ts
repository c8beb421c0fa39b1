import rule from './extension-too-long';
import { ids, records, run, secondment } from '../testing';
import { resolveRulebook } from '../../rulebook/resolve';
import { describeRule } from '../define';

const at = (scheme: 'Probation' | 'Police', extensionMonths: number) =>
  run(
    rule,
    records({ secondments: [secondment({ scheme, role: scheme === 'Police' ? 'Police Officer' : 'PO', extensionMonths })] }),
    '30/09/2025',
  );

describe('secondment/extension-too-long', () => {
  it.each([
    ['Probation: 13 months is over "up to, but not more than, one additional year"', 'Probation', 13, 'probation'],
    ['Probation: 2 years', 'Probation', 24, 'probation'],
    ['Police: 37 months is over 3 years (5 years in all)', 'Police', 37, 'police'],
    ['Police: 4 years', 'Police', 48, 'police'],
  ] as const)('fires: %s', (_, scheme, extension, messageId) => {
    expect(ids(at(scheme, extension))).toEqual([messageId]);
  });

  it.each([
    ['Probation: no extension', 'Probation', 0],
    ['Probation: a 6-month extension (part years allowed, London §2)', 'Probation', 6],
    ['Probation: exactly 12 months', 'Probation', 12],
    ['Police: 18 months', 'Police', 18],
    ['Police: exactly 36 months', 'Police', 36],
    ['Police: 13 months (over the Probation maximum, not the police one)', 'Police', 13],
  ] as const)('does not fire: %s', (_, scheme, extension) => {
    expect(at(scheme, extension)).toEqual([]);
  });

  it('says what was expected and found, in the framework\'s words, and points at the extension cell', () => {
    const [f] = at('Probation', 18);
    expect(f!.message).toBe(
      'Extension is 1 year 6 months; a Probation secondment may be extended "for up to, but not more than, one additional year" (London Protocol 2010 §2): at most 12 months, 3 years in all (NPF 2021 §5.4 "2+1").',
    );
    expect(f!.column).toBe('Extension');
    expect(f!.citation).toBe('NPF 2021 §5.4; London Protocol 2010 §2');
    expect(f!.severity).toBe('error');
  });

  it('names the police source for a police secondee', () => {
    const [f] = at('Police', 48);
    expect(f!.message).toBe(
      'Extension is 4 years; a police secondment of 2 years may be extended annually up to 5 years in all (YOT Police Review 2010 §5.10.2), so by at most 36 months.',
    );
    expect(f!.citation).toBe('YOT Police Review 2010 §5.10.2');
  });

  it('is skipped when the extension could not be read (already a data/invalid-value finding)', () => {
    const s = secondment({ extensionMonths: 60 });
    (s.invalid as Set<string>).add('extensionMonths');
    expect(run(rule, records({ secondments: [s] }), '30/09/2025')).toEqual([]);
  });

  it('takes its maximum and its description from the rulebook in force', () => {
    const r = resolveRulebook('npf-2021', { probationMaxExtensionYears: 0.5 });
    if (!r.ok) throw new Error(r.message);
    const s = secondment({ extensionMonths: 9 });
    expect(ids(run(rule, records({ secondments: [s] }), '30/09/2025', r.rulebook))).toEqual(['probation']);
    expect(describeRule(rule, r.rulebook.values)).toBe('The extension is longer than the secondment scheme allows (Probation 6 months, Police 36 months).');
  });
});
