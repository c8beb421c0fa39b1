import { psoByPdu } from '../../calc/identity';
import { count, day, defineRule } from '../define';

const TOLERANCE = 1e-9;

/**
 * allocation/pso-below-formula: PSO resource "0.3 FTE PSO per YOT ... with a
 * minimum of 0.2 FTE per PDU" (NPF 2021 §5.1). docs/rules.md Assumption A2 reads it as
 * `max(0.2, 0.3 × YOTs in the PDU)`, the YOTs being those named with the PDU
 * anywhere in the workbook. Info, not a warning: it rests on an assumption, and
 * PSO cover may be arranged across PDUs. A PDU-level finding: on no record row
 * (a secondee's or a YOT's row would show it against them), keyed by the PDU,
 * shown with the PDU's PSO line on the pack's Allocation sheet.
 */
export default defineRule({
  id: 'allocation/pso-below-formula',
  kind: 'workbook',
  severity: 'info',
  citation: { doc: 'NPF 2021', section: '§5.1 (Assumption A2)' },
  description: (rb) =>
    `A PDU has less active seconded PSO FTE than its PSO allocation, max(${rb.minimumPsoFtePerPdu}, ${rb.psoFtePerYot} × YOTs in the PDU) (Assumption A2).`,
  messages: {
    below:
      'PDU {{pdu}} has {{active}} FTE of active seconded Probation Services Officers on {{asOf}}; its PSO allocation is {{formula}} FTE ({{perYot}} FTE × {{count}}: {{yots}}; at least {{minimum}} FTE per PDU, Assumption A2).',
  },
  check({ asOf, rulebook, records }, report) {
    for (const p of psoByPdu(records, asOf, rulebook)) {
      if (p.activePsoFte >= p.formulaFte - TOLERANCE) continue;
      report('below', {
        pdu: p.pdu, active: Math.round(p.activePsoFte * 1000) / 1000, formula: p.formulaFte, perYot: rulebook.psoFtePerYot,
        count: count(p.yots.length, 'YOT'), yots: p.yots.join(', '), minimum: rulebook.minimumPsoFtePerPdu, asOf: day(asOf),
      }, { table: 'Allocations', row: null, key: p.pdu });
    }
  },
});
