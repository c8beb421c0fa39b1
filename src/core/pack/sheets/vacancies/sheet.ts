/**
 * The Vacancies sheet: each vacancy open on the as-of date with the stage it has
 * reached, the stage it may have reached, days vacant and whether stage 5
 * reimbursement could be paid (NPF 2021 §5.5).
 */
import type { RulebookValues } from '../../../rulebook';
import { stage5MonthsFromVacant } from '../../../calc/vacancy';
import type { CellValue } from '../../document';
import type { PackSheet, SheetContext, SheetDraft } from '../types';
import { plural, rag, uk } from '../../words';
import { findingsRag, regionLines, stagesText } from '../text';
import type { PackVacancy } from './model';

function reimbursementCell(v: PackVacancy, rb: RulebookValues): CellValue {
  const claimed = v.reimbursement !== null && v.reimbursement > 0;
  switch (v.reimbursementStatus) {
    case 'eligible':
      return rag('Green', `eligible (stage 5 on ${uk(v.stage5Date)})`);
    case 'too-early':
      return rag('Red', `stage 5 dated ${uk(v.stage5Date)}, before the earliest ${uk(v.stage5Earliest)}`);
    case 'not-funded':
      return claimed || v.stage4Date !== null || v.stage5Date !== null || (v.tempInvoice ?? 0) > 0
        ? rag('Red', `not funded at stages 4–5 (PSO under ${rb.fractionalPsoMinimumFte} FTE)`)
        : `Not funded at stages 4–5 (PSO under ${rb.fractionalPsoMinimumFte} FTE)`;
    case 'not-reached':
      if (claimed) return rag('Red', 'claimed without a stage 5 date');
      return v.stage5Earliest === null ? 'Stage 5 not reached' : `Not reached (earliest ${uk(v.stage5Earliest)})`;
  }
}

export function vacanciesDraft(ctx: SheetContext): SheetDraft {
  const { model } = ctx;
  const asOf = uk(model.asOf);
  const t = model.totals;
  return {
    name: 'Vacancies',
    freeze: true,
    lines: [
      { text: `Vacancies open on ${asOf}`, style: 'title' },
      { text: `${plural(model.vacancies.length, 'open vacancy', 'open vacancies')} by highest stage reached: ${stagesText(t.byStage)}.`, style: 'subtitle' },
      ...regionLines(model, (r) => `${r.vacant} open (${stagesText(r.byStage)}).`),
      { text: 'Open: no filled date on or before the as-of date. Counted at the highest stage dated on or before it; with no stage dated, at stage 1 (which starts when the post falls vacant, NPF 2021 §5.5).', style: 'text' },
      {
        text: `“May have reached”: 3 until ${plural(model.rulebook.values.stage4WaitMonths, 'month')} vacant, 4 from then, 5 from the earliest stage 5 date (a further ${plural(model.rulebook.values.stage5WaitMonthsAfterStage4, 'month')} after stage 4, NPF 2021 §5.5; ${plural(stage5MonthsFromVacant(model.rulebook.values), 'month')} vacant when stage 4 has no date).`,
        style: 'text',
      },
    ],
    table: {
      name: 'PackVacancies',
      caption: `Vacancies open on ${asOf} with their stage, days vacant and reimbursement eligibility`,
      columns: [
        { header: 'Region', kind: 'text' },
        { header: 'Vacancy ID', kind: 'text' },
        { header: 'PDU', kind: 'text' },
        { header: 'YOT', kind: 'text' },
        { header: 'Role', kind: 'text' },
        { header: 'FTE', kind: 'fte' },
        { header: 'Vacant from', kind: 'date' },
        { header: 'Days vacant', kind: 'integer' },
        { header: 'Reason', kind: 'text' },
        { header: 'Highest stage reached', kind: 'integer' },
        { header: 'Reached on', kind: 'date' },
        { header: 'May have reached', kind: 'integer' },
        { header: 'YOT informed', kind: 'date' },
        { header: 'Temp invoice', kind: 'money' },
        { header: 'Reimbursement claimed', kind: 'money' },
        { header: 'Reimbursement', kind: 'rag', wrapAt: 22 },
        { header: 'Findings', kind: 'rag' },
        { header: 'Tracker row', kind: 'integer' },
      ],
      rows: model.vacancies.map((v): CellValue[] => [
        v.ref.region,
        v.ref.id,
        v.pdu,
        v.yot,
        v.role,
        v.fte,
        v.vacantFrom,
        v.daysVacant,
        v.reason,
        v.highestStage > 0 ? v.highestStage : null,
        v.highestStageDate,
        v.eligibleStage,
        v.yotInformed,
        v.tempInvoice,
        v.reimbursement,
        reimbursementCell(v, model.rulebook.values),
        findingsRag(v.findings),
        v.ref.row,
      ]),
    },
  };
}

export const vacanciesSheet: PackSheet = {
  name: 'Vacancies',
  describe: () => 'Open vacancies by stage reached, days vacant, the stage each may have reached, reimbursement eligibility',
  draft: vacanciesDraft,
};
