import { defineRule } from '../define';

/**
 * data/missing-table: the Secondments and Vacancies tables are what the
 * framework governs (NPF 2021 §5.4 secondments, §5.5 the Vacancy Tracker);
 * without them nothing can be checked. Allocations and Disputes are optional.
 */
export default defineRule({
  id: 'data/missing-table',
  kind: 'parse',
  severity: 'error',
  citation: { doc: 'NPF 2021', section: '§5.5 vi' },
  description: 'The workbook has no Secondments or no Vacancies table.',
  messages: {
    missing:
      'Expected a table or sheet called "{{table}}" (the {{what}}); found neither an Excel table nor a worksheet of that name. Sheets in the workbook: {{sheets}}.',
    noHeader:
      'Expected a header row on the "{{sheet}}" sheet with at least three of the {{table}} headers ({{examples}}); found none in its first {{scanned}} rows.',
  },
});
