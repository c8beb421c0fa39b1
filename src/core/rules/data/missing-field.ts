import { defineRule } from '../define';
import { DATA_FIELD_CITATIONS, DATA_TABLE_CITATIONS } from './table-citations';

/** data/missing-field: a required field is blank (docs/workbook-format.md, "required"). */
export default defineRule({
  id: 'data/missing-field',
  kind: 'parse',
  severity: 'error',
  citation: { doc: 'NPF 2021', section: '§5.5 i (a clear evidence trail)' },
  tableCitations: DATA_TABLE_CITATIONS,
  fieldCitations: DATA_FIELD_CITATIONS,
  description: 'A required field is blank, or the table has no column for it.',
  messages: {
    blank: '{{field}} is required; found a blank cell.',
    blankProbation: '{{field}} is required for a Probation secondee ({{source}}); found a blank cell.',
    noColumn:
      'Expected a "{{field}}" column in the {{table}} table (headers such as {{synonyms}}); found none, so no row can be checked for it. Map one of the unrecognised headers to it, or add the column.',
  },
});
