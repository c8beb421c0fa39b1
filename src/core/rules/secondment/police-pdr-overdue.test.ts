import rule from './police-pdr-overdue';
import { ids, records, run, secondment } from '../testing';
import type { Records } from '../../records/types';

type Row = { scheme?: 'Probation' | 'Police'; start?: string; lastPdr?: string | null; actualEnd?: string | null };

const recs = ({ scheme = 'Police', start = '01/04/2024', lastPdr = null, actualEnd = null }: Row): Records =>
  records({ secondments: [secondment({ scheme, role: scheme === 'Police' ? 'Police Officer' : 'PO', start, lastPdr, actualEnd })] });

const at = (row: Row, asOf: string) => run(rule, recs(row), asOf);

describe('secondment/police-pdr-overdue', () => {
  it.each<[string, Row, string, string]>([
    ['no PDR, a day after EDATE(start, 12)', {}, '02/04/2025', 'noneSinceStart'],
    ['last PDR 15/05/2024, as-of 16/05/2025', { lastPdr: '15/05/2024' }, '16/05/2025', 'overdue'],
    ['29 February start: due 28/02/2025, as-of 01/03/2025', { start: '29/02/2024' }, '01/03/2025', 'noneSinceStart'],
    ['last PDR 31/01/2024: due 31/01/2025, as-of 01/02/2025', { start: '01/01/2024', lastPdr: '31/01/2024' }, '01/02/2025', 'overdue'],
    ['ended on as-of (the last day in post is inclusive)', { actualEnd: '30/09/2025' }, '30/09/2025', 'noneSinceStart'],
  ])('fires: %s', (_, row, asOf, messageId) => {
    expect(ids(at(row, asOf))).toEqual([messageId]);
  });

  it.each<[string, Row, string]>([
    ['no PDR, on EDATE(start, 12)', {}, '01/04/2025'],
    ['last PDR 15/05/2024, as-of on its anniversary', { lastPdr: '15/05/2024' }, '15/05/2025'],
    ['29 February start, as-of 28/02/2025', { start: '29/02/2024' }, '28/02/2025'],
    ['a probation secondee with the same dates (PPDA and reviews apply instead)', { scheme: 'Probation' }, '02/04/2026'],
    ['ended before as-of', { actualEnd: '01/01/2025' }, '30/09/2025'],
    ['not started by as-of', { start: '01/10/2025' }, '30/09/2025'],
  ])('does not fire: %s', (_, row, asOf) => {
    expect(at(row, asOf)).toEqual([]);
  });

  it('does not run on a register with no Last PDR column (older trackers)', () => {
    const r = recs({});
    const { lastPdr: _dropped, ...columns } = r.layouts.Secondments!.columns;
    const older: Records = { ...r, layouts: { ...r.layouts, Secondments: { ...r.layouts.Secondments!, columns } } };
    expect(run(rule, older, '30/09/2026')).toEqual([]);
    expect(ids(run(rule, r, '30/09/2026'))).toEqual(['noneSinceStart']);
  });

  it('says what was expected and found, and cites the YOT Police Review', () => {
    const [f] = at({ lastPdr: '15/05/2024' }, '30/09/2025');
    expect(f!.message).toBe(
      'Personal Development Review due by 15/05/2025, 12 months after the last one on 15/05/2024 (annual PDR, YOT Police Review 2010 §5.10.4.1); none recorded since then, as of 30/09/2025.',
    );
    expect(f!.column).toBe('Last PDR');
    expect(f!.citation).toBe('YOT Police Review 2010 §5.10.4.1');
    expect(f!.severity).toBe('warning');
  });
});
