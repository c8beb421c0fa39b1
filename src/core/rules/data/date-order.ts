import { day, defineRule } from '../define';

/**
 * data/date-order: dates that contradict each other make every rule built on
 * them meaningless (a negative term, a vacancy filled before it arose). A
 * secondment's actual end date before its start date; a vacancy's filled date
 * before its vacant from date. The same day is not out of order.
 */
export default defineRule({
  id: 'data/date-order',
  kind: 'workbook',
  severity: 'error',
  citation: { doc: 'NPF 2021', section: '§5.4, §5.5' },
  description: 'An end date is before its start date: actual end before start, or filled before vacant from.',
  messages: {
    endBeforeStart: 'Actual end date should be on or after the start date {{start}}; found {{end}}.',
    filledBeforeVacant: 'Filled date should be on or after the vacant from date {{vacantFrom}}; found {{filled}}.',
  },
  check({ records }, report) {
    for (const s of records.secondments) {
      if (s.start !== null && s.actualEnd !== null && s.actualEnd < s.start) {
        report('endBeforeStart', { start: day(s.start), end: day(s.actualEnd) }, { table: 'Secondments', row: s.row, field: 'actualEnd', key: s.id });
      }
    }
    for (const v of records.vacancies) {
      if (v.vacantFrom !== null && v.filledDate !== null && v.filledDate < v.vacantFrom) {
        report('filledBeforeVacant', { vacantFrom: day(v.vacantFrom), filled: day(v.filledDate) }, { table: 'Vacancies', row: v.row, field: 'filledDate', key: v.id });
      }
    }
  },
});
