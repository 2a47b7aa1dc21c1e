#!/usr/bin/env node
// The `whereabouts` command: runs the built CLI bundle (out/main/cli.js). CommonJS on purpose, so
// it works with any Node that can run the app, before or after a build.
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const cli = path.join(__dirname, '..', 'out', 'main', 'cli.js');
if (!fs.existsSync(cli)) {
  process.stderr.write('Whereabouts is not built yet: run npm run build\n');
  process.exit(1);
}
require(cli);
