import rule from './band-mismatch';
import { ids, records, run, secondment } from '../testing';

type Role = 'PO' | 'PSO' | 'Police Officer';

const at = (role: Role, band: number | null) =>
  run(rule, records({ secondments: [secondment({ scheme: role === 'Police Officer' ? 'Police' : 'Probation', role, band })] }), '30/09/2025');

describe('secondment/band-mismatch', () => {
  it.each<[string, Role, number, string]>([
    ['a PO on band 3', 'PO', 3, 'po'],
    ['a PO on band 5', 'PO', 5, 'po'],
    ['a PSO on band 4', 'PSO', 4, 'pso'],
    ['a PSO on band 2', 'PSO', 2, 'pso'],
  ])('fires: %s', (_, role, band, messageId) => {
    expect(ids(at(role, band))).toEqual([messageId]);
  });

  it.each<[string, Role, number | null]>([
    ['a PO on band 4', 'PO', 4],
    ['a PSO on band 3', 'PSO', 3],
    ['no band given', 'PO', null],
    ['a police officer with a band', 'Police Officer', 4],
    ['a police officer with no band', 'Police Officer', null],
  ])('does not fire: %s', (_, role, band) => {
    expect(at(role, band)).toEqual([]);
  });

  it('says what was expected and found, and points at the band cell', () => {
    const [f] = at('PSO', 4);
    expect(f!.message).toBe('Band is 4; a seconded Probation Services Officer (PSO) is expected to be band 3 (E3 YOS proposals §7.3.2).');
    expect(f!.column).toBe('Band');
    expect(f!.citation).toBe('E3 YOS proposals §7.3.2');
    expect(f!.severity).toBe('warning');
  });

  it('is skipped when the role could not be read', () => {
    const s = secondment({ role: null, band: 3 });
    (s.invalid as Set<string>).add('role');
    expect(run(rule, records({ secondments: [s] }), '30/09/2025')).toEqual([]);
  });

  it('is skipped when the band could not be read', () => {
    const s = secondment({ role: 'PO', band: 3 });
    (s.invalid as Set<string>).add('band');
    expect(run(rule, records({ secondments: [s] }), '30/09/2025')).toEqual([]);
  });
});
