// `npm run docs:images`: builds the preview and runs the browser tests with the
// switch that saves their pictures over docs/images/ (`npm test` leaves them be).
import { spawnSync } from 'node:child_process';

const env = { ...process.env, TONGKET_GUIDE_IMAGES: '1' };
for (const [command, args] of [
  ['npm', ['run', 'build:preview']],
  ['npx', ['jest', '--ci', '--selectProjects', 'browser']],
]) {
  const { status } = spawnSync(command, args, { stdio: 'inherit', env, shell: process.platform === 'win32' });
  if (status !== 0) process.exit(status ?? 1);
}
