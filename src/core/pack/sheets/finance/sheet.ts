/**
 * The Finance sheet: each YOT's management fee for the financial year with the
 * posts behind it (NPF 2021 §5.4), then every stage 4 temp invoice and stage 5
 * reimbursement with whether it could be paid and why (NPF 2021 §5.5).
 */
import type { Day } from '../../../dates';
import type { RulebookValues } from '../../../rulebook';
import { stage5MonthsFromVacant } from '../../../calc/vacancy';
import type { CellValue } from '../../document';
import type { PackSheet, SheetContext, SheetDraft } from '../types';
import { money, plural, rag, uk } from '../../words';
import { regionLines } from '../text';
import type { ClaimProblem, PackClaim, PackFee } from './model';

const CLAIM_PROBLEM: Record<Exclude<ClaimProblem, 'none'>, (c: PackClaim, rb: RulebookValues) => string> = {
  'no-stage-date': (c) => `no stage ${c.stage} date is recorded`,
  'too-early': (c) => `stage ${c.stage} is dated ${uk(c.stageDate)}, before the earliest ${uk(c.earliest)}`,
  'after-as-of': (c) => `stage ${c.stage} is dated ${uk(c.stageDate)}, after the as-of date`,
  'fractional-pso': (c, rb) => `a PSO post of ${c.fte ?? '?'} FTE (under ${rb.fractionalPsoMinimumFte} FTE) is not funded at stages 4–5 (NPF 2021 §5.5)`,
  'vacant-from-unknown': () => 'the vacant-from date can not be read, so the earliest date is unknown',
  'yot-temp': (c) =>
    `Filled by is "${c.filledBy ?? 'YOT temp'}" on the stage 5 date ${uk(c.stageDate)}: stage 5 reimburses in lieu only while the post "remains unfilled by either PO/PSO or YOT appointed appropriate temporary staff" (NPF 2021 §5.5 stage 5); the temp is the stage 4 invoice`,
};

function claimBasis(c: PackClaim, rb: RulebookValues): string {
  const what = c.stage === 4
    ? `Stage 4: earliest ${plural(rb.stage4WaitMonths, 'month')} after the post fell vacant`
    : `Stage 5: earliest a further ${plural(rb.stage5WaitMonthsAfterStage4, 'month')} after stage 4 (${plural(stage5MonthsFromVacant(rb), 'month')} after the post fell vacant when stage 4 has no date)`;
  if (c.problem === 'none') return `${what}; stage ${c.stage} dated ${uk(c.stageDate)}, on or after ${uk(c.earliest)}.`;
  return `Not eligible: ${CLAIM_PROBLEM[c.problem](c, rb)}.`;
}

function feeBasis(f: PackFee, basisDate: Day): string {
  const ids = (list: readonly { ref: { id: string | null } }[]) => list.map((b) => b.ref.id ?? '(no ID)').join(', ');
  const inPost = f.basis.filter((b) => b.fee > 0 && b.kind === 'in-post');
  const vacant = f.basis.filter((b) => b.fee > 0 && b.kind === 'vacant');
  const cover = f.basis.filter((b) => b.kind === 'cover');
  const free = f.basis.filter((b) => b.fee === 0 && b.kind !== 'cover');
  const parts: string[] = [];
  if (inPost.length > 0) parts.push(`PO in post: ${ids(inPost)}`);
  if (vacant.length > 0) parts.push(`PO vacant: ${ids(vacant)}`);
  if (free.length > 0) parts.push(`no fee: ${free.map((b) => `${b.ref.id ?? '(no ID)'} (${b.scheme === 'Police' ? 'police' : (b.role ?? 'role unknown')})`).join(', ')}`);
  if (cover.length > 0) {
    parts.push(`not charged twice, cover for a secondee still seconded: ${cover.map((b) => `${b.ref.id ?? '(no ID)'}${b.covers ? ` (covers ${b.covers})` : ''}`).join(', ')}`);
  }
  if (parts.length === 0) return `No posts on ${uk(basisDate)}.`;
  return `On ${uk(basisDate)}: ${parts.join('; ')}.`;
}

export function financeDraft(ctx: SheetContext): SheetDraft {
  const { model } = ctx;
  const rb = model.rulebook.values;
  const invoices = model.claims.filter((c) => c.kind === 'temp-invoice');
  const reimbursements = model.claims.filter((c) => c.kind === 'reimbursement');
  const sum = (list: readonly PackClaim[]) => list.reduce((n, c) => n + c.amount, 0);
  const poPosts = model.fees.reduce((n, f) => n + f.poPosts, 0);
  return {
    name: 'Finance',
    freeze: true,
    lines: [
      { text: `Finance ${model.financialYear}: management fees, stage 4 temp invoices and stage 5 reimbursements`, style: 'title' },
      { text: `Management fees ${money(model.feeTotal)} for ${plural(poPosts, 'seconded PO post')} on ${uk(model.feeBasisDate)}. Stage 4 temp invoices ${money(sum(invoices))} (eligible ${money(sum(invoices.filter((c) => c.eligible)))}). Stage 5 reimbursements ${money(sum(reimbursements))} (eligible ${money(sum(reimbursements.filter((c) => c.eligible)))}).`, style: 'subtitle' },
      ...regionLines(model, (r) => {
        const rc = model.claims.filter((c) => c.ref.region === r.region);
        return `management fees ${money(r.fees)}; temp invoices ${money(sum(rc.filter((c) => c.kind === 'temp-invoice')))}; reimbursements ${money(sum(rc.filter((c) => c.kind === 'reimbursement')))}.`;
      }),
      { text: `Management fee: ${money(rb.managementFeePerPo)} per seconded Probation Officer, by head, paid at the start of the financial year even if the post is vacant then: PO posts on ${uk(model.feeBasisDate)} (active PO secondments, the last day in post counting, plus open PO vacancies; a vacancy that is cover for a secondee still seconded is the same post, not charged twice). No fee for PSOs; police secondees are outside the framework (NPF 2021 §5.4).`, style: 'text' },
      { text: 'Claims: every temp invoice and reimbursement in the Vacancy Trackers, with whether its stage date meets the earliest date (NPF 2021 §5.5 stages 4–5).', style: 'text' },
    ],
    table: {
      name: 'PackFinance',
      caption: `Management fees for ${model.financialYear} by YOT, and stage 4 and 5 claims with their eligibility`,
      columns: [
        { header: 'Region', kind: 'text' },
        { header: 'PDU', kind: 'text' },
        { header: 'YOT', kind: 'text' },
        { header: 'Item', kind: 'text' },
        { header: 'Vacancy ID', kind: 'text' },
        { header: 'PO posts', kind: 'integer' },
        { header: 'Date', kind: 'date' },
        { header: 'Earliest', kind: 'date' },
        { header: 'Amount', kind: 'money' },
        { header: 'Eligible', kind: 'rag' },
        { header: 'Basis', kind: 'text', wrapAt: 60 },
        { header: 'Tracker row', kind: 'integer' },
      ],
      rows: [
        ...model.fees.map((f): CellValue[] => [f.region, f.pdu, f.yot, `Management fee ${model.financialYear}`, null, f.poPosts, model.feeBasisDate, null, f.fee, null, feeBasis(f, model.feeBasisDate), null]),
        ...model.claims.map((c): CellValue[] => [
          c.ref.region,
          c.pdu,
          c.yot,
          c.kind === 'temp-invoice' ? 'Stage 4 temp invoice' : 'Stage 5 reimbursement',
          c.ref.id,
          null,
          c.stageDate,
          c.earliest,
          c.amount,
          c.eligible ? rag('Green', 'eligible') : rag('Red', 'not eligible'),
          claimBasis(c, rb),
          c.ref.row,
        ]),
      ],
    },
  };
}

export const financeSheet: PackSheet = {
  name: 'Finance',
  describe: (ctx) => `Management fees for ${ctx.model.financialYear} per YOT, stage 4 temp invoices, stage 5 reimbursements and their eligibility`,
  draft: financeDraft,
};
