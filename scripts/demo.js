#!/usr/bin/env node
'use strict';
// npm run demo: validate the shipped sample workbook, then build its YOGB quarterly pack (.xlsx and PDF),
// compared with last quarter's sample (samples/north-west-tracker-previous.xlsx, made by
// scripts/make-previous-sample.js).
const path = require('node:path');
const fs = require('node:fs');
const { main } = require('../lib/cli/main.js');

(async () => {
  const sample = path.join(__dirname, '..', 'samples', 'north-west-tracker.xlsx');
  const previous = path.join(__dirname, '..', 'samples', 'north-west-tracker-previous.xlsx');
  const out = path.join(__dirname, '..', 'demo-output');
  fs.mkdirSync(out, { recursive: true });
  process.stdout.write(`\n$ yot validate samples/north-west-tracker.xlsx\n\n`);
  const validateExit = await main(['validate', sample]);
  process.stdout.write(`\n(yot validate exited ${validateExit}: 1 means errors were found, as this sample has deliberate breaches.)\n`);
  const packFile = path.join(out, 'north-west-yogb-pack.xlsx');
  const pdfFile = path.join(out, 'north-west-yogb-pack.pdf');
  process.stdout.write(`\n$ yot pack samples/north-west-tracker.xlsx --previous samples/north-west-tracker-previous.xlsx --out demo-output/north-west-yogb-pack.xlsx --pdf demo-output/north-west-yogb-pack.pdf --force\n\n`);
  const packExit = await main(['pack', sample, '--previous', previous, '--out', packFile, '--pdf', pdfFile, '--force']);
  // The demo succeeds when both commands ran: validate's exit 1 only reports the sample's breaches.
  process.exitCode = validateExit <= 1 && packExit <= 1 ? 0 : 1;
})();
