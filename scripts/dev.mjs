// `npm run dev`: the server (restarting on change, via tsx watch) and Vite's dev server with hot
// reload on http://localhost:5173, proxying the API to the server.
import { spawn } from 'node:child_process';

const children = [
  spawn('tsx', ['watch', 'server/main.ts'], { stdio: 'inherit' }),
  spawn('vite', [], { stdio: 'inherit' }),
];
const stop = () => children.forEach((child) => child.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', stop);
