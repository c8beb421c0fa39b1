#!/usr/bin/env node
'use strict';
/**
 * Give samples/north-west-tracker.xlsx (as of 30/09/2025, meeting 21/10/2025)
 * the board's Actions table (docs/workbook-format.md "Actions"; NPF 2021 §5.5 vi,
 * the YOGB), so the pack's Actions sheet and the Board summary's overdue-action
 * decision have something to show. Run it again and the sheet is replaced, not
 * added twice. Then run scripts/make-previous-sample.js, which rolls these
 * actions back to 30/06/2025 for last quarter's tracker.
 *
 *   node scripts/add-sample-actions.js && node scripts/make-previous-sample.js
 *
 * Owners are roles, never people's names (docs/data-protection.md: a name-shaped
 * owner is withheld from the whole pack; a role is only left out of the Owner
 * column). As of 30/09/2025:
 * - NW-A01 overdue: due 31/07/2025, still open (it was open, not yet due, last quarter).
 * - NW-A02 open: raised at the July meeting, due at the October one.
 * - NW-A03 and NW-A04 closed since last quarter (12/08/2025 and 15/08/2025).
 * - NW-A05 closed in May, before last quarter's as-of date: not listed this quarter.
 */
const path = require('node:path');
const ExcelJS = require('exceljs');

const ROOT = path.join(__dirname, '..');
const SAMPLE = path.join(ROOT, 'samples', 'north-west-tracker.xlsx');

const utc = (y, m, d) => new Date(Date.UTC(y, m - 1, d));

const HEADERS = ['Action ID', 'Action', 'Owner', 'Due', 'Status', 'Raised at', 'Closed'];
const WIDTHS = [12, 60, 28, 14, 10, 14, 14];
const ACTIONS = [
  ['NW-A01', 'Agree a dated plan to reach 0.5 FTE at Knowsley YJS', 'Head of PDU, Knowsley', utc(2025, 7, 31), 'Open', utc(2025, 4, 22), null],
  ['NW-A02', 'Bring exit plans for every secondment ending before 31/03/2026 to the October meeting', 'Regional SPOC', utc(2025, 10, 21), 'Open', utc(2025, 7, 22), null],
  ['NW-A03', 'Submit the stage 5 reimbursement claims for the vacancies filled this year', 'Finance business partner', utc(2025, 8, 31), 'Closed', utc(2025, 4, 22), utc(2025, 8, 12)],
  ['NW-A04', 'Agree how travel claims are recharged, settling dispute NW-D01', 'YOGB chair', utc(2025, 9, 30), 'Closed', utc(2025, 7, 22), utc(2025, 8, 15)],
  ['NW-A05', 'Confirm a three-way review date for every secondee', 'Regional SPOC', utc(2025, 5, 30), 'Closed', utc(2025, 4, 22), utc(2025, 5, 28)],
];

(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  const old = wb.getWorksheet('Actions');
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet('Actions');
  ws.addTable({
    name: 'Actions',
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleLight9', showRowStripes: true },
    columns: HEADERS.map((name) => ({ name, filterButton: false })),
    rows: ACTIONS,
  });
  WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const col of [4, 6, 7]) ws.getColumn(col).numFmt = 'dd/mm/yyyy';
  ws.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  // Fixed workbook properties (the day the tracker was submitted): the same file every run.
  wb.created = utc(2025, 10, 16);
  wb.modified = wb.created;
  await wb.xlsx.writeFile(SAMPLE);
  process.stdout.write(`Wrote the Actions table (${ACTIONS.length} actions) into ${path.relative(ROOT, SAMPLE)}.\n`);
})().catch((e) => {
  process.stderr.write(`Could not add the sample's actions: ${e.message}\n`);
  process.exitCode = 1;
});
