/** Who fills a vacant post while Probation cannot (NPF 2021 §5.5). */
import type { Day } from '../dates';
import type { Vacancy } from '../records/types';

/**
 * A YOT-appointed temp fills the post on a day: Filled by says "YOT temp", the
 * temp was in post by then (a filled date on or before it, or none given), and
 * the temp cover had not ended before it. Stage 5 reimbursement is only "in lieu"
 * of such a temp: the vacancy must remain "unfilled by either PO/PSO or YOT
 * appointed appropriate temporary staff" (NPF 2021 §5.5 stage 5).
 */
export function yotTempInPost(v: Pick<Vacancy, 'filledBy' | 'filledDate' | 'tempCoverEnded'>, on: Day): boolean {
  if (v.filledBy !== 'YOT temp') return false;
  if (v.filledDate !== null && v.filledDate > on) return false;
  return v.tempCoverEnded === null || v.tempCoverEnded >= on;
}
