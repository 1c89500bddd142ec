// `npm start`: sideload the add-in into Excel desktop where there is one; on a
// machine without it (Linux, CI) build the preview page, the real task pane over
// an in-memory Excel, and serve it, so a newcomer still sees the pane working.
import { spawn } from 'node:child_process';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

if (process.platform === 'win32' || process.platform === 'darwin') {
  await run(npx, ['office-addin-debugging', 'start', 'manifest.xml', 'desktop', '--app', 'excel']);
} else {
  process.stdout.write(
    'Máy này không có Excel desktop (Linux): mở bản xem trước của task pane trên một Excel giả lập trong bộ nhớ.\n' +
      'This machine has no Excel desktop: serving the task pane preview over an in-memory Excel.\n',
  );
  await run(npx, ['webpack', '--mode', 'development', '--env', 'preview']);
  await run(process.execPath, ['scripts/serve-dist.mjs']);
}
