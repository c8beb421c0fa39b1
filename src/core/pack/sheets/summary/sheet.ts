/**
 * The Summary sheet: a dashboard per PDU and YOT (posts, in post, vacancies by
 * stage, exits due, overdue reviews, fees), with compliance kept apart from data
 * quality, and with a previous quarter, the headline figures compared.
 */
import type { CellValue, RagValue } from '../../document';
import type { PackSummaryRow } from '../../model';
import type { PackSheet, SheetContext, SheetDraft } from '../types';
import { changeText, money, plural, rag, uk } from '../../words';
import { countsText, regionLines, stagesText } from '../text';

/** Why posts can be fewer than in post + vacant: cover vacancies are the covered secondee's post (NPF 2021 §5.4). */
function coverText(t: { readonly posts: number; readonly inPost: number; readonly vacant: number }): string {
  const cover = t.inPost + t.vacant - t.posts;
  return cover > 0 ? `, ${cover === 1 ? 'one of them cover' : `${cover} of them cover`} for a secondee still seconded` : '';
}

/** A YOT's compliance: breaches of the framework (not data-quality findings) and overdue reviews. */
function complianceRag(s: PackSummaryRow): RagValue {
  const c = { error: s.findings.error - s.dataQuality.error, warning: s.findings.warning - s.dataQuality.warning };
  const parts = [c.error > 0 ? plural(c.error, 'breach', 'breaches') : '', c.warning > 0 ? plural(c.warning, 'warning') : '', s.overdueReviews > 0 ? `${plural(s.overdueReviews, 'review')} overdue` : ''].filter(Boolean);
  if (c.error > 0) return rag('Red', parts.join(', '));
  if (parts.length > 0) return rag('Amber', parts.join(', '));
  return rag('Green', 'no breaches');
}

/** A YOT's data quality: cells to correct in the tracker, never Red (a typo is not a breach). */
function dataQualityRag(c: PackSummaryRow['dataQuality']): RagValue {
  const n = c.error + c.warning;
  return n > 0 ? rag('Amber', `${plural(n, 'entry', 'entries')} to correct`) : rag('Green', 'none to correct');
}

/**
 * The Summary's comparison with last quarter: each headline figure with last
 * quarter's value and the change in words (▲/▼ and "up"/"down", never colour alone).
 */
function comparisonLines(ctx: SheetContext): { text: string; style: 'text' }[] {
  const p = ctx.previous;
  if (p === null) return [];
  const now = ctx.model.totals;
  const was = p.model.totals;
  const item = (label: string, a: number, b: number, kind: 'count' | 'money' = 'count') => `${label} ${kind === 'money' ? money(a) : a} (${p.model.quarter}: ${kind === 'money' ? money(b) : b}, ${changeText(a, b, kind)})`;
  return [
    {
      text: `Compared with ${p.model.quarter} (as of ${uk(p.model.asOf)}): ${[
        item('posts', now.posts, was.posts),
        item('in post', now.inPost, was.inPost),
        item('vacant', now.vacant, was.vacant),
        item(`ending within ${ctx.model.endingWithinMonths} months`, now.exitsDue, was.exitsDue),
        item('reviews overdue', now.overdueReviews, was.overdueReviews),
        item('management fees', now.fees, was.fees, 'money'),
        item('disputes open', now.openDisputes, was.openDisputes),
      ].join('; ')}. What moved is on the Movement sheet.`,
      style: 'text',
    },
  ];
}

export function summaryDraft(ctx: SheetContext): SheetDraft {
  const { model } = ctx;
  const asOf = uk(model.asOf);
  const months = model.endingWithinMonths;
  const t = model.totals;
  return {
    name: 'Summary',
    freeze: true,
    lines: [
      { text: `Summary by PDU and YOT on ${asOf}`, style: 'title' },
      { text: `${plural(t.posts, 'post')}: ${t.inPost} in post, ${t.vacant} vacant (${stagesText(t.byStage)})${coverText(t)}. ${plural(t.exitsDue, 'secondment')} ending within ${months} months; ${plural(t.overdueReviews, 'review')} overdue; ${plural(t.openDisputes, 'dispute')} open (${t.disputesOverdue} overdue for escalation).`, style: 'subtitle' },
      ...regionLines(model, (r) => `${plural(r.posts, 'post')}, ${r.inPost} in post, ${r.vacant} vacant${coverText(r)}; ${r.exitsDue} ending within ${months} months; ${r.overdueReviews} reviews overdue; management fees ${money(r.fees)}; ${countsText(r.findings)}.`),
      ...comparisonLines(ctx),
      { text: 'Posts: in post plus vacant, with a vacancy that is cover for a secondee still seconded (maternity, sickness or other cover) counted as that secondee’s post, not another one, as for the management fee (NPF 2021 §5.4).', style: 'text' },
      { text: 'Compliance (breaches of the framework): Red = at least one error; Amber = warnings or overdue reviews; Green = neither. Data quality (cells that could not be read, missing columns, duplicate IDs) is shown apart, Amber at worst: a YOT is not Red for a typo. Every finding is in the Data quality appendix.', style: 'text' },
    ],
    table: {
      name: 'PackSummary',
      caption: `Posts, vacancies by stage, exits due, overdue reviews and findings for each YOT on ${asOf}`,
      columns: [
        { header: 'Region', kind: 'text' },
        { header: 'PDU', kind: 'text' },
        { header: 'YOT', kind: 'text' },
        { header: 'Posts', kind: 'integer' },
        { header: 'In post', kind: 'integer' },
        { header: 'Vacant', kind: 'integer' },
        { header: 'Stage 1', kind: 'integer' },
        { header: 'Stage 2', kind: 'integer' },
        { header: 'Stage 3', kind: 'integer' },
        { header: 'Stage 4', kind: 'integer' },
        { header: 'Stage 5', kind: 'integer' },
        { header: `Ending within ${months} months`, kind: 'integer' },
        { header: 'Reviews overdue', kind: 'integer' },
        { header: `Management fee ${model.financialYear}`, kind: 'money' },
        { header: 'Compliance', kind: 'rag', wrapAt: 20 },
        { header: 'Data quality', kind: 'rag', wrapAt: 20 },
      ],
      rows: model.summary.map((s): CellValue[] => [
        s.region,
        s.pdu,
        s.yot,
        s.posts,
        s.inPost,
        s.vacant,
        ...s.byStage,
        s.exitsDue,
        s.overdueReviews,
        s.fees,
        complianceRag(s),
        dataQualityRag(s.dataQuality),
      ]),
      totals: ['Total', null, null, t.posts, t.inPost, t.vacant, ...t.byStage, t.exitsDue, t.overdueReviews, t.fees, null, null],
    },
  };
}

export const summarySheet: PackSheet = {
  name: 'Summary',
  describe: () => 'Dashboard per PDU and YOT: posts, in post, vacancies by stage, exits due, overdue reviews, fees; compliance RAG apart from data quality',
  draft: summaryDraft,
};
