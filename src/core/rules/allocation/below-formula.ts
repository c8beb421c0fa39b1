import { formulaFte, yotKey } from '../../calc/allocation';
import { day, defineRule, fte } from '../define';

/** Float noise must not make an allocation met exactly look short. */
const TOLERANCE = 1e-9;

/**
 * allocation/below-formula: the PO resource a YOT should have, from its caseload
 * with the SYV and deprivation uplifts (NPF 2021 §5.1; calc/allocation
 * formulaFte), against its active PO FTE on the as-of date. Info, not a warning:
 * the formula is the basis for allocation, not a breach by itself. Fires
 * alongside allocation/below-minimum when a YOT is under 0.5 FTE (the formula is
 * never under the minimum): that one is about the floor, this one gives the
 * YOT's own shortfall.
 */
export default defineRule({
  id: 'allocation/below-formula',
  kind: 'allocation',
  severity: 'info',
  citation: { doc: 'NPF 2021', section: '§5.1' },
  description: 'A YOT has less active seconded PO FTE than its formula allocation.',
  needs: ['yot', 'caseload', 'syvShare', 'deprivationIndex', 'deprivation1', 'deprivation2', 'deprivation3', 'deprivation4', 'deprivation5', 'deprivation6', 'deprivation7'],
  messages: {
    below:
      '{{yot}} has {{active}} FTE of active seconded Probation Officers on {{asOf}}; its formula allocation is {{formula}} FTE (caseload {{caseload}} with its uplifts), {{shortfall}} FTE short.',
  },
  check(a, { asOf, rulebook, activePoFteByYot, yotName }, report) {
    if (a.yot === null || a.caseload === null) return;
    const active = activePoFteByYot.get(yotKey(a.yot)) ?? 0;
    const formula = formulaFte(a.caseload, a.syvShare, a.deprivationIndex, rulebook);
    if (active >= formula - TOLERANCE) return;
    report('below', {
      yot: yotName(a.yot), active: fte(active), formula: fte(formula), caseload: a.caseload, shortfall: fte(formula - active), asOf: day(asOf),
    }, 'yot');
  },
});
