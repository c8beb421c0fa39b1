#!/usr/bin/env node
'use strict';
/**
 * Make samples/north-west-tracker-previous.xlsx, last quarter's tracker (as of
 * 30/06/2025), from the shipped sample (as of 30/09/2025), so `yot pack
 * --previous` and `npm run demo` have a pair to compare. Reproducible: run it
 * again and the cells come out the same (the zip's own timestamps aside).
 *
 *   node scripts/make-previous-sample.js
 *
 * What it does to the current sample, to make the tracker as it stood then:
 * - Board: as of 30/06/2025, meeting 22/07/2025, tracker submitted 11/07/2025.
 * - Rows that begin after 30/06/2025 are left out (vacancy NW-V007 fell vacant
 *   04/08/2025; disputes NW-D02 and NW-D03 were raised in August and September).
 * - Dates after 30/06/2025 had not happened yet: they are blanked (actual end,
 *   stage dates, filled dates, reviews, escalation, resolution), except a last
 *   three-way review, which goes back to the one held a quarter earlier.
 * - Evidence and claims for a stage not reached by then are blanked with its date.
 * - NW-S007 had no extension yet (extended to 1 year this quarter).
 * - NW-V010, a PSO vacancy at Halton open last quarter, has since been withdrawn
 *   (it is not in the current tracker: a vacancy closed without being filled).
 * - Actions raised at the July meeting (NW-A02, NW-A04) are left out; NW-A03, closed
 *   in August, was still open (scripts/add-sample-actions.js makes the current ones).
 * The typing mistakes in the sample (a text start date, 31/04/2024) are kept,
 * so the Data quality findings carry over from one quarter to the next.
 */
const path = require('node:path');
const ExcelJS = require('exceljs');

const ROOT = path.join(__dirname, '..');
const SOURCE = path.join(ROOT, 'samples', 'north-west-tracker.xlsx');
const TARGET = path.join(ROOT, 'samples', 'north-west-tracker-previous.xlsx');

const utc = (y, m, d) => new Date(Date.UTC(y, m - 1, d));
const AS_OF = utc(2025, 6, 30);
const QUARTER_DAYS = 91;

function headerIndex(ws, headerRow) {
  const map = new Map();
  ws.getRow(headerRow).eachCell((c, col) => map.set(String(c.value), col));
  return map;
}

/** Keep the data rows under `headerRow` that `keep` accepts, moved up; shrink the Excel table to fit. */
function keepRows(ws, headerRow, keep) {
  const width = ws.columnCount;
  const rows = [];
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    const values = [];
    for (let c = 1; c <= width; c++) values.push(ws.getRow(r).getCell(c).value);
    if (values.some((v) => v !== null && v !== undefined)) rows.push(values);
  }
  const kept = rows.filter(keep);
  const last = ws.rowCount;
  for (let r = headerRow + 1; r <= last; r++) {
    const values = kept[r - headerRow - 1];
    for (let c = 1; c <= width; c++) ws.getRow(r).getCell(c).value = values ? values[c - 1] : null;
  }
  for (const t of Object.values(ws.tables)) {
    const end = headerRow + Math.max(1, kept.length);
    const ref = t.table.tableRef.replace(/\d+$/, String(end));
    t.table.tableRef = ref;
    if (t.table.autoFilterRef) t.table.autoFilterRef = ref;
  }
}

function set(ws, headerRow, id, header, value) {
  const cols = headerIndex(ws, headerRow);
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    if (ws.getRow(r).getCell(1).value === id) {
      ws.getRow(r).getCell(cols.get(header)).value = value;
      return r;
    }
  }
  throw new Error(`${id} not found on ${ws.name}`);
}

/** Blank every date after as-of (it had not happened yet); a last three-way review goes back a quarter. */
function rollBackDates(ws, headerRow) {
  const cols = headerIndex(ws, headerRow);
  const threeWay = cols.get('Last three-way review');
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    ws.getRow(r).eachCell((cell, col) => {
      if (!(cell.value instanceof Date) || cell.value <= AS_OF) return;
      cell.value = col === threeWay ? new Date(cell.value.getTime() - QUARTER_DAYS * 86400000) : null;
    });
  }
}

(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SOURCE);

  const board = wb.getWorksheet('Board');
  board.getCell('A1').value = 'YOS Governance Board – North West return (2025/26 Q1)';
  board.getCell('B4').value = utc(2025, 7, 22);
  board.getCell('B5').value = utc(2025, 7, 11);
  board.getCell('B6').value = AS_OF;

  const secondments = wb.getWorksheet('Secondments');
  rollBackDates(secondments, 3);
  set(secondments, 3, 'NW-S007', 'Extension years', 0);
  set(secondments, 3, 'NW-S007', 'Planned end date', utc(2025, 9, 3));

  const vacancies = wb.getWorksheet('Vacancies');
  const vCols = headerIndex(vacancies, 3);
  keepRows(vacancies, 3, (row) => !(row[vCols.get('Vacant from') - 1] instanceof Date && row[vCols.get('Vacant from') - 1] > AS_OF));
  rollBackDates(vacancies, 3);
  // Recompute "Current stage" as the highest stage dated by then.
  for (let r = 4; r <= vacancies.rowCount; r++) {
    const row = vacancies.getRow(r);
    if (row.getCell(1).value === null) continue;
    let stage = 0;
    for (let s = 1; s <= 5; s++) if (row.getCell(vCols.get(`Stage ${s} date`)).value instanceof Date) stage = s;
    if (stage > 0) row.getCell(vCols.get('Current stage')).value = stage;
    // Evidence and claims for a stage not reached yet were not there either.
    for (let s = 1; s <= 5; s++) if (!(row.getCell(vCols.get(`Stage ${s} date`)).value instanceof Date)) row.getCell(vCols.get(`Stage ${s} evidence`)).value = null;
    if (!(row.getCell(vCols.get('Stage 4 date')).value instanceof Date)) row.getCell(vCols.get('Temp invoice')).value = null;
    if (!(row.getCell(vCols.get('Stage 5 date')).value instanceof Date)) row.getCell(vCols.get('Reimbursement claimed')).value = null;
  }
  // NW-V010: open last quarter, withdrawn since (not in the current tracker).
  const last = vacancies.rowCount + 1;
  const v010 = {
    'Vacancy ID': 'NW-V010', Region: 'North West', PDU: 'Halton and Warrington', YOT: 'Halton YJS', Nation: 'England', Role: 'PSO', FTE: 0.6,
    'Vacant from': utc(2025, 4, 7), Reason: 'Leaver', 'Current stage': 2, 'Stage 1 date': utc(2025, 4, 7), 'Stage 1 evidence': 'Internal EOI',
    'Stage 2 date': utc(2025, 5, 2), 'Stage 2 evidence': 'Agency request AG-127',
  };
  for (const [h, v] of Object.entries(v010)) {
    const cell = vacancies.getRow(last).getCell(vCols.get(h));
    cell.value = v;
    if (v instanceof Date) cell.numFmt = 'dd/mm/yyyy';
  }
  for (const t of Object.values(vacancies.tables)) {
    t.table.tableRef = t.table.tableRef.replace(/\d+$/, String(last));
    if (t.table.autoFilterRef) t.table.autoFilterRef = t.table.tableRef;
  }

  const disputes = wb.getWorksheet('Disputes');
  const dCols = headerIndex(disputes, 1);
  keepRows(disputes, 1, (row) => !(row[dCols.get('Raised') - 1] instanceof Date && row[dCols.get('Raised') - 1] > AS_OF));
  rollBackDates(disputes, 1);

  // Actions (scripts/add-sample-actions.js): those raised after 30/06/2025 (at the July meeting) were not there yet,
  // and one closed since was still open then.
  const actions = wb.getWorksheet('Actions');
  if (actions) {
    const aCols = headerIndex(actions, 1);
    keepRows(actions, 1, (row) => !(row[aCols.get('Raised at') - 1] instanceof Date && row[aCols.get('Raised at') - 1] > AS_OF));
    rollBackDates(actions, 1);
    for (let r = 2; r <= actions.rowCount; r++) {
      const row = actions.getRow(r);
      if (row.getCell(1).value !== null && row.getCell(aCols.get('Closed')).value === null) row.getCell(aCols.get('Status')).value = 'Open';
    }
  }

  // Fixed workbook properties: the same file every run.
  wb.created = utc(2025, 7, 11);
  wb.modified = wb.created;
  wb.lastModifiedBy = 'scripts/make-previous-sample.js';
  await wb.xlsx.writeFile(TARGET);
  process.stdout.write(`Wrote ${path.relative(ROOT, TARGET)} (last quarter, as of 30/06/2025) from ${path.relative(ROOT, SOURCE)}.\n`);
})().catch((e) => {
  process.stderr.write(`Could not make the previous-quarter sample: ${e.message}\n`);
  process.exitCode = 1;
});
