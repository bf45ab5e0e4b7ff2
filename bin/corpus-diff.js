#!/usr/bin/env node
// Thin entry: all behaviour lives in run(), which never calls process.exit
// (that can cut off piped output); we only set the exit code it returns.
import { run } from '../dist/cli/run.js';

// A reader that stops early (`| head`) closes the pipe: that is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  cwd: process.cwd(),
});
