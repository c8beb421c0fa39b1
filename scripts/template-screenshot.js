#!/usr/bin/env node
'use strict';
/**
 * Renders the README's picture of the template's Vacancies sheet: the shipped
 * sample upgraded with `yot template --from`, opened by LibreOffice (headless,
 * its own profile) and printed to PDF, that page turned into a PNG with
 * pdftoppm. Some input columns (Region, PDU, Nation, evidence, money) are
 * hidden for the picture so that it stays readable at README width.
 * Needs `npm run build:cli`, soffice and pdftoppm. Usage: node scripts/template-screenshot.js docs/template-vacancies.png
 */
const { execFileSync, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const ExcelJS = require('exceljs');

const ROOT = path.resolve(__dirname, '..');
const out = path.resolve(process.argv[2] || path.join(ROOT, 'docs', 'template-vacancies.png'));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yot-shot-'));
const upgraded = path.join(dir, 'tracker.xlsx');
// Exit 1 only says that a cell needs attention (the sample's impossible date 31/04/2024); the file is written.
const made = spawnSync('node', [path.join(ROOT, 'bin', 'yot.js'), 'template', '--from', path.join(ROOT, 'samples', 'north-west-tracker.xlsx'), '--out', upgraded], { stdio: 'ignore' });
if (made.status !== 0 && made.status !== 1) throw new Error('yot template failed; run npm run build:cli first');

(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(upgraded);
  const show = new Set(['Vacancy ID', 'YOT', 'Role', 'FTE', 'Vacant from', 'Reason', 'Current stage', 'Stage 1 date', 'Stage 2 date', 'Stage 3 date', 'Stage 4 date', 'Stage 5 date', 'Filled date', 'Filled by', 'Stage 4 earliest', 'Stage 5 earliest', 'Days vacant']);
  wb.eachSheet((ws) => {
    if (ws.name !== 'Vacancies') {
      ws.state = ws.name === 'Lists' ? 'hidden' : 'visible';
      ws.pageSetup.printArea = 'A1:A1';
      return;
    }
    const headers = ws.getRow(1).values;
    let last = 0;
    headers.forEach((h, i) => {
      if (typeof h !== 'string') return;
      ws.getColumn(i).hidden = !show.has(h);
      last = i;
    });
    ws.pageSetup = { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 1, printArea: `A1:${ws.getColumn(last).letter}12`, margins: { left: 0.2, right: 0.2, top: 0.2, bottom: 0.2, header: 0, footer: 0 } };
  });
  const shot = path.join(dir, 'shot.xlsx');
  await wb.xlsx.writeFile(shot);
  const env = { ...process.env, LC_ALL: 'en_GB.UTF-8', LANG: 'en_GB.UTF-8' };
  execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--convert-to', 'pdf', '--outdir', dir, shot], { stdio: 'ignore', env, timeout: 120000 });
  const pdf = path.join(dir, 'shot.pdf');
  const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f');
  const page = pages.findIndex((p) => p.includes('Stage 4 earliest')) + 1;
  // The sheet's top left only (the page is A4; the rows take its top): 220 dpi, so the text is legible at 100%.
  execFileSync('pdftoppm', ['-png', '-r', '220', '-x', '40', '-y', '30', '-W', '2090', '-H', '235', '-f', String(page), '-l', String(page), '-singlefile', pdf, out.replace(/\.png$/, '')]);
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(`Wrote ${out} (page ${page} of the PDF)`);
})();
