import { execFileSync } from 'node:child_process';

// Some tests run what users run: the built bin and the worker threads, which
// load dist/. Build it once, before any test file starts.
export default function setup(): void {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
}
