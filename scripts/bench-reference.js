#!/usr/bin/env node
/**
 * `npm run bench:reference`: builds Microsoft's Office-Addin-TaskPane-React template,
 * the reference the benchmark loads beside our task pane (issue #15), into
 * bench/out/ref/Office-Addin-TaskPane-React (git-ignored; none of its code is part of
 * this repository). Run once; it needs git and the npm registry, nothing else.
 *
 * - BENCH_REF_GIT: where to clone it from (default its public GitHub repository; a local
 *   clone or bare mirror works the same way).
 * - BENCH_REF_COMMIT: the commit to build (default the one the results were measured with).
 *
 * The template's package-lock.json and .npmrc name Microsoft's private registry
 * (office.pkgs.visualstudio.com), which is not reachable from here and asks for
 * credentials, so it is installed from its package.json against the public registry,
 * with its two test-only helpers (office-addin-test-helpers and office-addin-test-server,
 * ^2.0.7 there) at the newest version the public registry has (2.0.3). Its own webpack
 * configuration, loaders and dependencies build it, exactly as its `npm run build` does.
 */
'use strict';
const { execFileSync } = require('node:child_process');
const { existsSync, readFileSync, rmSync, writeFileSync, mkdirSync } = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');
const DIR = path.join(ROOT, 'bench', 'out', 'ref', 'Office-Addin-TaskPane-React');
const GIT = process.env.BENCH_REF_GIT || 'https://github.com/OfficeDev/Office-Addin-TaskPane-React';
const COMMIT = process.env.BENCH_REF_COMMIT || '4abbd86057583dccfc10bc35e9e49961cdc64f94';
const REGISTRY = 'https://registry.npmjs.org/';
/**
 * Its test helpers at versions only Microsoft's private registry has: the newest the
 * public registry has instead. (Its ts-loader type-checks the test files too, so they
 * stay installed.)
 */
const PUBLIC_VERSIONS = {
  'office-addin-test-helpers': '^2.0.3',
  'office-addin-test-server': '^2.0.3',
};

function run(cmd, args, cwd) {
  process.stdout.write(`$ ${cmd} ${args.join(' ')}\n`);
  execFileSync(cmd, args, { cwd, stdio: 'inherit' });
}

function fail(sentence) {
  process.stderr.write(`bench:reference: ${sentence}\n`);
  process.exit(1);
}

function main() {
  if (!existsSync(path.join(DIR, '.git'))) {
    mkdirSync(path.dirname(DIR), { recursive: true });
    try {
      run('git', ['clone', '--quiet', GIT, DIR], ROOT);
    } catch {
      fail(`could not clone the template from ${GIT}; set BENCH_REF_GIT to a local clone of github.com/OfficeDev/Office-Addin-TaskPane-React and run again.`);
    }
  }
  try {
    // Back to the commit's own files first, so a second run starts from the same place.
    run('git', ['checkout', '--quiet', '--force', COMMIT], DIR);
  } catch {
    fail(`the template's clone at ${path.relative(ROOT, DIR)} has no commit ${COMMIT}; delete that folder, or set BENCH_REF_COMMIT.`);
  }

  const pkgFile = path.join(DIR, 'package.json');
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8'));
  for (const [name, range] of Object.entries(PUBLIC_VERSIONS)) if (pkg.devDependencies?.[name]) pkg.devDependencies[name] = range;
  writeFileSync(pkgFile, `${JSON.stringify(pkg, null, 2)}\n`);
  rmSync(path.join(DIR, 'package-lock.json'), { force: true });
  writeFileSync(path.join(DIR, '.npmrc'), `registry=${REGISTRY}\n`);

  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  try {
    run(npm, ['install', '--no-package-lock', '--ignore-scripts', '--no-audit', '--no-fund', '--registry', REGISTRY], DIR);
  } catch {
    fail('npm could not install the template\'s packages from the public registry (see npm\'s message above).');
  }
  try {
    run(process.execPath, [path.join(DIR, 'node_modules', 'webpack-cli', 'bin', 'cli.js'), '--mode', 'production'], DIR);
  } catch {
    fail('the template\'s webpack build failed (see its message above).');
  }
  if (!existsSync(path.join(DIR, 'dist', 'taskpane.html'))) fail('the template built, but dist/taskpane.html is missing.');
  process.stdout.write(`Built the reference at ${path.relative(ROOT, path.join(DIR, 'dist'))}; npm run bench now loads it beside the task pane.\n`);
}

main();
