import { defineRule } from '../define';
import { DATA_FIELD_CITATIONS, DATA_TABLE_CITATIONS } from './table-citations';

/**
 * data/invalid-value: a value outside its domain (docs/workbook-format.md types):
 * FTE not in (0, 1], an unknown Role/Scheme/Nation/Filled by, a stage not 1–5,
 * an extension that is not a whole number, a Y/N cell that is not Y or N.
 */
export default defineRule({
  id: 'data/invalid-value',
  kind: 'parse',
  severity: 'error',
  citation: { doc: 'NPF 2021', section: '§5.1, §5.4, §5.5' },
  tableCitations: DATA_TABLE_CITATIONS,
  fieldCitations: DATA_FIELD_CITATIONS,
  description: 'A value is outside what the field allows.',
  messages: {
    invalid: '{{field}} should be {{expected}}; found "{{found}}".',
    roleScheme: 'Role should be {{expected}} for a {{scheme}} secondment; found "{{found}}".',
  },
});
