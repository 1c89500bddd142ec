#!/usr/bin/env node
// The `tongket` command: the CLI bundle that `npm run build` writes, which needs only the runtime
// dependencies. A dev checkout that was never built runs the TypeScript sources through tsx instead.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const bundle = join(__dirname, '..', 'build', 'cli', 'tongket.cjs');

function tsxInstalled() {
  try {
    require.resolve('tsx/cjs/api');
    return true;
  } catch {
    return false;
  }
}

if (existsSync(bundle)) require(bundle);
else if (tsxInstalled()) {
  require('tsx/cjs/api').register();
  require('../src/cli/bin.ts');
} else {
  process.stderr.write('Lệnh tongket chưa được dựng: hãy chạy `npm run build` trong thư mục của tongket rồi chạy lại.\n');
  process.exitCode = 1;
}
