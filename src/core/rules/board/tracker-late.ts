import { addDays } from '../../dates';
import { plural } from '../../words';
import { day, days, defineRule } from '../define';

/**
 * board/tracker-late: the Vacancy Tracker is submitted "quarterly, at least 1 week
 * prior to YOGB meeting" (NPF 2021 §5.5 vi). Deadline = meeting date − 7 days;
 * submitted on the deadline is on time. With no submitted date, it fires only
 * once the as-of date is past the deadline (on the deadline day it can still be
 * sent). Skipped when either Board date could not be read (already a
 * data/invalid-date finding) or there is no meeting date.
 */
export default defineRule({
  id: 'board/tracker-late',
  kind: 'workbook',
  severity: 'warning',
  citation: { doc: 'NPF 2021', section: '§5.5 vi' },
  description: (rb) => `The Vacancy Tracker was submitted later than ${plural(rb.trackerDaysBeforeMeeting, 'day')} before the YOGB meeting.`,
  messages: {
    late:
      'The Vacancy Tracker was submitted on {{submitted}}; expected it by {{deadline}} ({{before}} before the YOGB meeting on {{meeting}}), {{lateBy}} late.',
    notSubmitted:
      'The Vacancy Tracker was due by {{deadline}} ({{before}} before the YOGB meeting on {{meeting}}); no submitted date is recorded as of {{asOf}}.',
  },
  check({ asOf, rulebook, records }, report) {
    const { meetingDate, trackerSubmitted, invalid } = records.board;
    if (meetingDate === null || invalid.has('meetingDate') || invalid.has('trackerSubmitted')) return;
    const daysBefore = rulebook.trackerDaysBeforeMeeting;
    const deadline = addDays(meetingDate, -daysBefore);
    const place = { table: 'Board', row: null, field: 'trackerSubmitted', key: null } as const;
    const facts = { deadline: day(deadline), before: days(daysBefore), meeting: day(meetingDate) };
    if (trackerSubmitted !== null) {
      if (trackerSubmitted > deadline) {
        report('late', { ...facts, submitted: day(trackerSubmitted), lateBy: days(trackerSubmitted - deadline) }, place);
      }
    } else if (asOf > deadline) {
      report('notSubmitted', { ...facts, asOf: day(asOf) }, place);
    }
  },
});
