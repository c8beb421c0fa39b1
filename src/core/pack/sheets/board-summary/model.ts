/**
 * The Board summary's figures and the decisions the board must take, worked
 * out from the pack's model. Pure.
 */
import { addDays, type Day } from '../../../dates';
import type { PackModel } from '../../model';
import { money, plural, uk, type FigureKind } from '../../words';

/** A headline figure for the region (or nation). */
export interface Headline {
  readonly key: string;
  readonly label: string;
  readonly kind: FigureKind;
  readonly value: number | null;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * The headline figures of a pack, in the order the board reads them: posts,
 * vacancies by stage, vacancy rate, days vacant, exits without exit planning,
 * reviews overdue, money, disputes. Every figure is also on a detail sheet.
 */
export function headlineFigures(model: PackModel): Headline[] {
  const t = model.totals;
  const days = model.vacancies.map((v) => v.daysVacant).filter((n): n is number => n !== null);
  const claims = (kind: 'temp-invoice' | 'reimbursement', eligible: boolean) => model.claims.filter((c) => c.kind === kind && c.eligible === eligible).reduce((n, c) => n + c.amount, 0);
  const months = model.endingWithinMonths;
  return [
    { key: 'posts', label: 'Posts (in post and vacant)', kind: 'count', value: t.posts },
    { key: 'inPost', label: 'In post (active secondments)', kind: 'count', value: t.inPost },
    { key: 'vacant', label: 'Open vacancies', kind: 'count', value: t.vacant },
    ...t.byStage.map((n, i) => ({ key: `stage${i + 1}`, label: `Open vacancies at stage ${i + 1}`, kind: 'count' as const, value: n })),
    { key: 'vacancyRate', label: 'Vacancy rate (open vacancies ÷ posts)', kind: 'percent', value: t.posts === 0 ? null : round1((t.vacant / t.posts) * 100) },
    { key: 'daysVacant', label: 'Average days vacant (open vacancies)', kind: 'days', value: days.length === 0 ? null : Math.round(days.reduce((a, b) => a + b, 0) / days.length) },
    {
      key: 'endingNoExitPlanning',
      label: `Ending within ${months} months, no exit planning meeting`,
      kind: 'count',
      value: model.secondments.filter((s) => s.endingWithinHorizon && s.exitPlanning.state !== 'held').length,
    },
    { key: 'reviewsOverdue', label: 'Reviews overdue (PPDA, 6-month, 3-way, exit)', kind: 'count', value: t.overdueReviews },
    { key: 'fees', label: `Management fees ${model.financialYear}`, kind: 'money', value: model.feeTotal },
    { key: 'stage4Eligible', label: 'Stage 4 temp invoices: eligible', kind: 'money', value: claims('temp-invoice', true) },
    { key: 'stage4NotEligible', label: 'Stage 4 temp invoices: not eligible', kind: 'money', value: claims('temp-invoice', false) },
    { key: 'stage5Eligible', label: 'Stage 5 reimbursements: eligible', kind: 'money', value: claims('reimbursement', true) },
    { key: 'stage5NotEligible', label: 'Stage 5 reimbursements: not eligible', kind: 'money', value: claims('reimbursement', false) },
    { key: 'disputesOpen', label: 'Disputes open', kind: 'count', value: t.openDisputes },
    { key: 'disputesEscalated', label: 'Disputes escalated, unresolved', kind: 'count', value: model.disputes.filter((d) => d.status === 'escalated').length },
    { key: 'disputesOverdue', label: 'Disputes overdue for escalation', kind: 'count', value: t.disputesOverdue },
  ];
}

export type DecisionKind = 'reimbursement' | 'secondment-ending' | 'dispute' | 'below-minimum' | 'action-overdue' | 'tracker-late';

/** A decision for the board: what, who, by when, and the framework section. */
export interface Decision {
  readonly kind: DecisionKind;
  readonly what: string;
  readonly region: string;
  readonly pdu: string | null;
  /** The YOT, or null when the decision is about the region's tracker. */
  readonly yot: string | null;
  /** The date it is needed by: the meeting (null when none is given), or an earlier deadline still ahead. */
  readonly by: Day | null;
  readonly byText: string;
  readonly citation: string;
  /** The record it is about (a vacancy, secondment or dispute ID; the YOT for allocation). */
  readonly id: string | null;
  /** Who, when it is not a PDU / YOT or the region's SPOC (an action's owner). */
  readonly who?: string;
}

const KIND_ORDER: Record<DecisionKind, number> = { reimbursement: 0, 'secondment-ending': 1, dispute: 2, 'below-minimum': 3, 'action-overdue': 4, 'tracker-late': 5 };

/**
 * The decisions the data calls for: stage 5 reimbursements to approve (or
 * refuse), secondments ending within the horizon that need an extension or
 * replacement decision, disputes overdue for escalation or escalated, YOTs
 * under the PO FTE minimum, and trackers submitted late.
 */
export function boardDecisions(model: PackModel): Decision[] {
  const meeting = model.meetingDate;
  const atMeeting = meeting === null ? 'At this meeting' : `At this meeting (${uk(meeting)})`;
  const pduOf = new Map<string, string | null>();
  for (const s of model.summary) pduOf.set(`${s.region}\u0000${s.yot}`, s.pdu);
  const out: Decision[] = [];

  for (const c of model.claims.filter((x) => x.kind === 'reimbursement')) {
    const what = c.eligible
      ? `Approve the stage 5 reimbursement of ${money(c.amount)} for vacancy ${c.ref.id ?? `row ${c.ref.row}`}: stage 5 dated ${uk(c.stageDate)}, on or after the earliest ${uk(c.earliest)}.`
      : `Do not approve the stage 5 reimbursement of ${money(c.amount)} for vacancy ${c.ref.id ?? `row ${c.ref.row}`} as recorded: it is not eligible (${claimReason(c.problem, c.stageDate, c.earliest)}). Ask the PDU to correct or withdraw it.`;
    out.push({ kind: 'reimbursement', what, region: c.ref.region, pdu: c.pdu, yot: c.yot, by: meeting, byText: atMeeting, citation: 'NPF 2021 §5.5 stage 5', id: c.ref.id });
  }

  for (const s of model.secondments.filter((x) => x.endingWithinHorizon)) {
    const planning = s.exitPlanning.state === 'held' ? `exit planning meeting held ${uk(s.exitPlanning.held)}` : `exit planning meeting ${s.exitPlanning.state === 'overdue' ? 'overdue since' : 'due by'} ${uk(s.exitPlanning.due)}`;
    const what = s.pastLastDay
      ? `Secondment ${s.ref.id ?? `row ${s.ref.row}`} (${s.role ?? 'role unknown'}) is still active after its last day ${uk(s.lastDay)}: end it or agree a lawful extension, and decide on a replacement.`
      : `Decide whether to extend or replace secondment ${s.ref.id ?? `row ${s.ref.row}`} (${s.role ?? 'role unknown'}), last day ${uk(s.lastDay)}; ${planning}.`;
    // Needed by the exit planning meeting when that is still ahead (a rulebook whose horizon is longer
    // than the exit planning notice); otherwise at this meeting.
    const later = s.exitPlanning.state !== 'held' && s.exitPlanning.due > Math.max(meeting ?? model.asOf, model.asOf);
    out.push({
      kind: 'secondment-ending',
      what,
      region: s.ref.region,
      pdu: s.pdu,
      yot: s.yot,
      by: later ? s.exitPlanning.due : meeting,
      byText: later ? `By ${uk(s.exitPlanning.due)} (exit planning meeting due)` : atMeeting,
      citation: 'NPF 2021 §5.4; London Protocol 2010 §2',
      id: s.ref.id,
    });
  }

  for (const d of model.disputes.filter((x) => x.status === 'overdue' || x.status === 'escalated')) {
    const what =
      d.status === 'overdue'
        ? `Escalate dispute ${d.ref.id ?? `row ${d.ref.row}`} to the Head of PDU and YOS senior manager: raised ${uk(d.raised)}, unresolved after ${plural(d.daysOpen ?? 0, 'day')} (escalation was due ${uk(d.escalationDue)}).`
        : `Agree how to resolve dispute ${d.ref.id ?? `row ${d.ref.row}`}: escalated ${uk(d.escalated)} and still unresolved after ${plural(d.daysOpen ?? 0, 'day')}.`;
    out.push({ kind: 'dispute', what, region: d.ref.region, pdu: pduOf.get(`${d.ref.region}\u0000${d.yot}`) ?? null, yot: d.yot, by: meeting, byText: atMeeting, citation: 'NPF 2021 §9', id: d.ref.id });
  }

  const minimum = model.rulebook.values.minimumPoFte;
  for (const a of model.allocations.filter((x) => x.status === 'below-minimum')) {
    out.push({
      kind: 'below-minimum',
      what: `${a.yot} has ${a.activePoFte.toFixed(2)} PO FTE in post, under the ${minimum.toFixed(1)} FTE minimum: agree how the PDU will restore it (a secondment or a vacancy filled).`,
      region: a.ref.region,
      pdu: a.pdu,
      yot: a.yot,
      by: meeting,
      byText: atMeeting,
      citation: 'NPF 2021 §5.1',
      id: a.yot,
    });
  }

  for (const a of model.actions.filter((x) => x.state === 'overdue')) {
    out.push({
      kind: 'action-overdue',
      what: `Agree a new date or close board action ${a.ref.id ?? `row ${a.ref.row}`}${a.action !== null ? ` (“${a.action}”)` : ''}: still open after its due date ${uk(a.due)}${a.raisedAt !== null ? `, raised at the meeting of ${uk(a.raisedAt)}` : ''}.`,
      region: a.ref.region,
      pdu: null,
      yot: null,
      by: meeting,
      byText: atMeeting,
      citation: 'NPF 2021 §5.5 vi',
      id: a.ref.id,
      who: a.owner !== null ? `${a.owner} (action owner)` : a.ownerWithheld ? 'The action’s owner (name left out)' : 'No owner given',
    });
  }

  const days = model.rulebook.values.trackerDaysBeforeMeeting;
  for (const s of model.sources) {
    if (s.meetingDate === null) continue;
    const deadline = addDays(s.meetingDate, -days);
    const late = s.trackerSubmitted === null ? model.asOf > deadline : s.trackerSubmitted > deadline;
    if (!late) continue;
    const what =
      s.trackerSubmitted === null
        ? `Note that ${s.region}'s Vacancy Tracker has no submitted date (due by ${uk(deadline)}, ${days} days before the meeting), and agree when it will be sent.`
        : `Note that ${s.region}'s Vacancy Tracker was submitted on ${uk(s.trackerSubmitted)}, after ${uk(deadline)} (${days} days before the meeting), and agree the next one is on time.`;
    out.push({ kind: 'tracker-late', what, region: s.region, pdu: null, yot: null, by: meeting, byText: atMeeting, citation: 'NPF 2021 §5.5 vi', id: null });
  }

  const regionOrder = model.regions.map((r) => r.region);
  return out
    .map((d, i) => ({ d, i }))
    .sort((a, b) => regionOrder.indexOf(a.d.region) - regionOrder.indexOf(b.d.region) || KIND_ORDER[a.d.kind] - KIND_ORDER[b.d.kind] || a.i - b.i)
    .map((x) => x.d);
}

function claimReason(problem: string, stageDate: Day | null, earliest: Day | null): string {
  switch (problem) {
    case 'no-stage-date':
      return 'no stage 5 date is recorded';
    case 'too-early':
      return `stage 5 dated ${uk(stageDate)}, before the earliest ${uk(earliest)}`;
    case 'after-as-of':
      return `stage 5 dated ${uk(stageDate)}, after the as-of date`;
    case 'fractional-pso':
      return 'a PSO post under 0.5 FTE is not funded at stages 4–5';
    default:
      return 'the vacant-from date can not be read';
  }
}
