import { formatUk } from '../../dates';
import { yotKey } from '../../calc/allocation';
import { defineRule } from '../define';

/** Float noise (0.1 + 0.2) must not make 0.5 FTE look under 0.5. */
const TOLERANCE = 1e-9;

/**
 * allocation/below-minimum: "a minimum of 0.5 FTE" PO for every YOT (NPF 2021
 * §5.1). Active PO FTE is the YOT's active Probation PO secondments on the as-of
 * date (ctx.activePoFteByYot, keyed by the YOT name, case and spacing ignored; a YOT with none
 * has 0). A YOT under the minimum is always under its formula too (the formula
 * never goes below the minimum), so allocation/below-formula also fires: this
 * warning is about the floor every YOT is owed, that info about the YOT's own
 * figure.
 */
export default defineRule({
  id: 'allocation/below-minimum',
  kind: 'allocation',
  severity: 'warning',
  citation: { doc: 'NPF 2021', section: '§5.1' },
  description: 'A YOT has less than 0.5 FTE of active seconded Probation Officers.',
  needs: ['yot'],
  messages: {
    below:
      '{{yot}} has {{active}} FTE of active seconded Probation Officers on {{asOf}}; every YOT should have at least {{minimum}} FTE.',
  },
  check(a, { asOf, rulebook, activePoFteByYot }, report) {
    if (a.yot === null) return;
    const active = activePoFteByYot.get(yotKey(a.yot)) ?? 0;
    if (active >= rulebook.minimumPoFte - TOLERANCE) return;
    report('below', { yot: a.yot, active: Math.round(active * 1000) / 1000, minimum: rulebook.minimumPoFte, asOf: formatUk(asOf) }, 'yot');
  },
});
