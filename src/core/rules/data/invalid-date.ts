import { defineRule } from '../define';
import { DATA_FIELD_CITATIONS, DATA_TABLE_CITATIONS } from './table-citations';

/**
 * data/invalid-date: a date cell holds something that is not a date. UK day-first
 * order only; an impossible or ambiguous date is never guessed (docs/rules.md, "Dates").
 */
export default defineRule({
  id: 'data/invalid-date',
  kind: 'parse',
  severity: 'error',
  citation: { doc: 'NPF 2021', section: '§5.5 i (a clear evidence trail)' },
  tableCitations: DATA_TABLE_CITATIONS,
  fieldCitations: DATA_FIELD_CITATIONS,
  description: 'A date cell holds something that is not a calendar date.',
  messages: {
    impossible: '{{field}} should be a date (dd/mm/yyyy); found "{{found}}", which is not a day in the calendar.',
    unrecognised: '{{field}} should be a date (dd/mm/yyyy); found "{{found}}", which is not a date.',
    outOfRange: '{{field}} should be a date between 01/03/1900 and 31/12/9999; found "{{found}}".',
  },
});
