import rule from './ppda-overdue';
import { ids, records, run, secondment } from '../testing';

type Row = { start: string; ppdaAgreed?: string | null; actualEnd?: string | null };

const at = ({ start, ppdaAgreed = null, actualEnd = null }: Row, asOf: string) =>
  run(rule, records({ secondments: [secondment({ start, ppdaAgreed, actualEnd })] }), asOf);

describe('secondment/ppda-overdue', () => {
  it.each<[string, Row, string, string]>([
    ['agreed the day after the due date 01/05/2024', { start: '01/04/2024', ppdaAgreed: '02/05/2024' }, '30/09/2025', 'late'],
    ['blank, as-of the day after the due date', { start: '01/04/2024' }, '02/05/2024', 'missing'],
    ['31 January start: due 29/02/2024 (leap year), agreed 01/03/2024', { start: '31/01/2024', ppdaAgreed: '01/03/2024' }, '30/09/2025', 'late'],
    ['31 January start: due 28/02/2025, blank on 01/03/2025', { start: '31/01/2025' }, '01/03/2025', 'missing'],
    ['blank, and the secondment ended after the due date', { start: '01/04/2024', actualEnd: '02/05/2024' }, '30/09/2025', 'missing'],
    ['agreed late, even though the secondment has since ended', { start: '01/04/2024', ppdaAgreed: '15/05/2024', actualEnd: '30/06/2024' }, '30/09/2025', 'late'],
  ])('fires: %s', (_, row, asOf, messageId) => {
    expect(ids(at(row, asOf))).toEqual([messageId]);
  });

  it.each<[string, Row, string]>([
    ['agreed on the due date', { start: '01/04/2024', ppdaAgreed: '01/05/2024' }, '30/09/2025'],
    ['agreed before the due date', { start: '01/04/2024', ppdaAgreed: '15/04/2024' }, '30/09/2025'],
    ['blank, as-of on the due date', { start: '01/04/2024' }, '01/05/2024'],
    ['31 January start: due 29/02/2024, agreed that day', { start: '31/01/2024', ppdaAgreed: '29/02/2024' }, '30/09/2025'],
    ['blank, and the secondment ended on the due date', { start: '01/04/2024', actualEnd: '01/05/2024' }, '30/09/2025'],
    ['blank, and the secondment ended before the due date', { start: '01/04/2024', actualEnd: '20/04/2024' }, '30/09/2025'],
    ['not yet started', { start: '01/10/2025' }, '30/09/2025'],
  ])('does not fire: %s', (_, row, asOf) => {
    expect(at(row, asOf)).toEqual([]);
  });

  it('says what was expected and found, with UK dates, and points at the PPDA cell', () => {
    const [f] = at({ start: '05/01/2025' }, '31/12/2025');
    expect(f!.message).toBe('PPDA due 05/02/2025 (1 month after the start on 05/01/2025, London Protocol 2010 §5); none recorded by 31/12/2025.');
    expect(f!.column).toBe('PPDA agreed');
    expect(f!.citation).toBe('London Protocol 2010 §5');
    expect(f!.severity).toBe('warning');
  });

  it.each(['start', 'ppdaAgreed', 'actualEnd'])('is skipped when %s could not be read', (field) => {
    const s = secondment({ start: '01/04/2024' });
    (s.invalid as Set<string>).add(field);
    expect(run(rule, records({ secondments: [s] }), '30/09/2025')).toEqual([]);
  });
});
