#!/usr/bin/env node
// The `tongket` command: runs the TypeScript CLI through tsx, so there is no separate build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
const write = (stream) => (line) => stream.write(`${line}\n`);
process.exitCode = await main(process.argv.slice(2), write(process.stdout), write(process.stderr));
