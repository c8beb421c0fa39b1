import { highestStageReached } from '../../calc/vacancy';
import { day, defineRule, phrase } from '../define';

/**
 * vacancy/temp-not-ceased: "When The Probation Service is once again able to fill
 * a vacant secondee post, all temporary arrangements should be ceased" (NPF 2021
 * §5.5 iii). The temporary arrangements meant are those in the YOT post: stage 3
 * (YOT and Probation agree a temporary arrangement) and stage 4 (a YOT temp the
 * YOT invoices Probation for). A stage 2 agency worker backfills inside Probation
 * and does not trigger it. So a post filled by Probation after stage 3 or later
 * was reached needs a temp cover ended date on or before the filled date.
 *
 * A filled date after the as-of date is not yet a breach (the post was still
 * vacant then). With Filled by "Probation" and no filled date, a blank temp cover
 * ended date still fires; an ended date cannot then be compared, so does not.
 */
export default defineRule({
  id: 'vacancy/temp-not-ceased',
  kind: 'vacancy',
  severity: 'warning',
  citation: { doc: 'NPF 2021', section: '§5.5 iii' },
  description: 'The post was filled by Probation after stage 3 or 4 (temporary arrangements in the YOT post), and the temporary cover is not recorded as ended by then.',
  needs: ['filledBy', 'filledDate', 'tempCoverEnded'],
  messages: {
    notEnded:
      'Probation filled the post{{filledOn}} after stage {{stage}} was reached; all temporary arrangements in the YOT post should cease when Probation can fill it again, but no temp cover ended date is recorded.',
    endedLate:
      'Probation filled the post on {{filled}} after stage {{stage}} was reached; all temporary arrangements in the YOT post should cease when Probation can fill it again, but the temp cover ended on {{ended}}.',
  },
  check(v, { asOf }, report) {
    if (v.filledBy !== 'Probation') return;
    if (v.filledDate !== null && v.filledDate > asOf) return;
    const stage = highestStageReached(v);
    if (stage < 3) return;
    if (v.tempCoverEnded === null) {
      report('notEnded', { stage, filledOn: v.filledDate === null ? '' : phrase(' on {{date}}', { date: day(v.filledDate) }) }, 'tempCoverEnded');
    } else if (v.filledDate !== null && v.tempCoverEnded > v.filledDate) {
      report('endedLate', { stage, filled: day(v.filledDate), ended: day(v.tempCoverEnded) }, 'tempCoverEnded');
    }
  },
});
