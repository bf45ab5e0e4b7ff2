// Entry for `npm run eval` (see cli.ts). Sets the exit code rather than
// calling process.exit, which can cut off piped output.
import { runEval } from './cli.js';

process.exitCode = await runEval(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
