import { day, defineRule, list, phrase, pounds, type FactValue } from '../define';

/** What the message lists as found, one part each: 'a stage 4 date (01/02/2025) and a reimbursement of £1,200'. */
const FOUND = {
  stage4: 'a stage 4 date ({{date}})',
  stage5: 'a stage 5 date ({{date}})',
  tempInvoice: 'a temp invoice of {{amount}}',
  reimbursement: 'a reimbursement of {{amount}}',
} as const;

/**
 * vacancy/fractional-pso-funding: "Funding will not be provided to replace
 * fractional PSO resource (less than 0.5 FTE) that cannot be filled due to local
 * arrangements" (NPF 2021 §5.5). Stages 4 and 5 are the funded stages (a temp the
 * YOT invoices Probation for; reimbursement in lieu), so a PSO vacancy under the
 * minimum FTE with a stage 4 or 5 date, a temp invoice or a reimbursement is an
 * error. An amount of £0 is not a claim. One finding per row, listing everything
 * found, at the first offending cell (stage 4 date, stage 5 date, temp invoice,
 * reimbursement, in that order).
 */
export default defineRule({
  id: 'vacancy/fractional-pso-funding',
  kind: 'vacancy',
  severity: 'error',
  citation: { doc: 'NPF 2021', section: '§5.5' },
  description: (rb) => `A PSO vacancy under ${rb.fractionalPsoMinimumFte} FTE has stage 4 or 5 funding recorded, which the framework does not provide.`,
  needs: ['role', 'fte'],
  messages: {
    unfunded:
      'This PSO post is {{fte}} FTE; PSO vacancies under {{minimum}} FTE are not funded at stages 4 and 5, so expected no stage 4 or 5 date, temp invoice or reimbursement, but found {{found}}.',
  },
  check(v, { rulebook }, report) {
    if (v.role !== 'PSO' || v.fte === null || v.fte >= rulebook.fractionalPsoMinimumFte) return;
    const found: FactValue[] = [];
    let field: string | null = null;
    const note = (what: FactValue, key: string): void => {
      found.push(what);
      field ??= key;
    };
    const stage4 = v.stageDates[4];
    const stage5 = v.stageDates[5];
    if (stage4 !== null && stage4 !== undefined) note(phrase(FOUND.stage4, { date: day(stage4) }), 'stage4Date');
    if (stage5 !== null && stage5 !== undefined) note(phrase(FOUND.stage5, { date: day(stage5) }), 'stage5Date');
    if (v.tempInvoice !== null && v.tempInvoice > 0) note(phrase(FOUND.tempInvoice, { amount: pounds(v.tempInvoice) }), 'tempInvoice');
    if (v.reimbursement !== null && v.reimbursement > 0) note(phrase(FOUND.reimbursement, { amount: pounds(v.reimbursement) }), 'reimbursement');
    if (field === null) return;
    report('unfunded', { fte: v.fte, minimum: rulebook.fractionalPsoMinimumFte, found: list(found) }, field);
  },
});
