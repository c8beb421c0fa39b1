#!/usr/bin/env node
'use strict';
// The `yot` command: runs the compiled CLI in lib/ (npm run build).
let cli;
try {
  cli = require('../lib/cli/main.js');
} catch (e) {
  if (e && e.code === 'MODULE_NOT_FOUND') {
    process.stderr.write('yot: the command line has not been built yet. Run "npm run build" first.\n');
    process.exit(2);
  }
  throw e;
}
cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
