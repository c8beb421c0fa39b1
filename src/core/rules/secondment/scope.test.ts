/**
 * The London Protocol and link-manager duties (PPDA, six-month review, three-way
 * review, exit planning) and vetting by The Probation Service are for probation
 * secondees; police secondees have an annual PDR instead (YOT Police Review 2010
 * §5.10.4.1). Police and probation rows with the same dates, side by side.
 */
import ppda from './ppda-overdue';
import review from './review-overdue';
import threeWay from './three-way-overdue';
import exitPlanning from './exit-planning-overdue';
import vetting from './vetting-after-start';
import pdr from './police-pdr-overdue';
import { records, run, secondment } from '../testing';
import type { Rule } from '../define';

const row = (scheme: 'Probation' | 'Police') =>
  secondment({ id: scheme, scheme, role: scheme === 'Police' ? 'Police Officer' : 'PO', start: '01/04/2024', vettingCleared: '02/04/2024' });

describe('probation-only duties: police and probation rows with the same dates', () => {
  it.each<[string, Rule, string, boolean, boolean]>([
    ['secondment/ppda-overdue', ppda, '30/09/2025', true, false],
    ['secondment/review-overdue', review, '30/09/2025', true, false],
    ['secondment/three-way-overdue', threeWay, '30/09/2025', true, false],
    ['secondment/exit-planning-overdue', exitPlanning, '01/10/2025', true, false],
    ['secondment/vetting-after-start', vetting, '30/09/2025', true, false],
    ['secondment/police-pdr-overdue', pdr, '30/09/2025', false, true],
  ])('%s (as-of %s): probation fires %p, police fires %p', (_, rule, asOf, probation, police) => {
    const found = run(rule, records({ secondments: [row('Probation'), row('Police')] }), asOf).map((f) => f.key);
    expect(found.includes('Probation')).toBe(probation);
    expect(found.includes('Police')).toBe(police);
  });
});
