#!/usr/bin/env node
/**
 * Certificates for `npm run dev-server` (https://localhost:3000), two ways:
 *
 *   - office-addin-dev-certs' own (npx office-addin-dev-certs install): made in
 *     ~/.office-addin-dev-certs and trusted machine-wide, which needs sudo on Linux;
 *   - without sudo: `npm run dev-certs` makes them in .certs/ in this project
 *     (never committed) and trusts nothing; you tell your browser to trust
 *     .certs/ca.crt yourself (README, "Developing without sudo").
 *
 * The dev server uses .certs/ when it is there, else office-addin-dev-certs'.
 * When neither works it stops with one sentence saying what to do.
 */
'use strict';
const fs = require('fs');
const path = require('path');

const LOCAL = path.join(__dirname, '..', '.certs');
const files = { ca: path.join(LOCAL, 'ca.crt'), cert: path.join(LOCAL, 'localhost.crt'), key: path.join(LOCAL, 'localhost.key') };

const MISSING =
  'There are no trusted development certificates for https://localhost:3000: run `npx office-addin-dev-certs install` (on Linux it needs sudo), or without sudo run `npm run dev-certs` and trust .certs/ca.crt in your browser as README "Developing without sudo" shows.';

/** HTTPS options for webpack-dev-server; exits with one sentence when there are no certificates. */
async function devHttpsOptions() {
  if (fs.existsSync(files.cert) && fs.existsSync(files.key)) {
    return { key: fs.readFileSync(files.key), cert: fs.readFileSync(files.cert), ca: fs.existsSync(files.ca) ? fs.readFileSync(files.ca) : undefined };
  }
  try {
    return await require('office-addin-dev-certs').getHttpsServerOptions();
  } catch {
    console.error(MISSING);
    process.exit(1);
  }
}

/** `npm run dev-certs`: make a CA and a localhost certificate in .certs/, installing nothing. */
async function main() {
  fs.mkdirSync(LOCAL, { recursive: true });
  await require('office-addin-dev-certs').generateCertificates(files.ca, files.cert, files.key, 30);
  console.log(`Made ${path.relative(process.cwd(), files.ca)} (valid 30 days). Trust it in your browser, then run npm run dev-server.`);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(`Could not make the development certificates: ${e.message}`);
    process.exitCode = 1;
  });
}

module.exports = { devHttpsOptions, MISSING, LOCAL };
