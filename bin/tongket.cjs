#!/usr/bin/env node
// The `tongket` command: loads the TypeScript CLI through tsx, so there is no separate build step.
require('tsx/cjs/api').register();
const { main } = require('../src/cli/main.ts');

const write = (stream) => (line) => stream.write(`${line}\n`);
main(process.argv.slice(2), write(process.stdout), write(process.stderr)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`Lỗi: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
