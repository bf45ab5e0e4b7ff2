// `npm run eval`: seeds → analyze → scores. Taking argv and the output
// streams keeps it callable from a test; main.ts only wires process in.
import { existsSync, statSync } from 'node:fs';
import type { Loaded } from '../corpus/load.js';
import type { AnalyzeOptions, Document, Report } from '../types.js';
import { formatScores } from './format.js';
import { loadGold } from './gold.js';
import { scoreReport } from './score.js';
import { baseName } from './text.js';

export interface EvalIO {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
}

/** The stages under test; tests pass a fake to score a known report. */
export interface Pipeline {
  load(paths: string[]): Promise<Loaded>;
  analyze(documents: Document[], options: AnalyzeOptions): Report;
}

// Imported on first use so a usage error is reported even while the
// pipeline's modules are broken mid-edit.
async function realPipeline(): Promise<Pipeline> {
  const [{ loadPaths }, { analyze }] = await Promise.all([import('../corpus/load.js'), import('../analyze.js')]);
  return { load: loadPaths, analyze };
}

const USAGE = 'usage: node dist/eval/main.js <seedsDir> <goldDir> [--verbose] [--json]\n';

function isDir(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

/** Returns the exit code: 0 whatever the scores, 2 when an input is missing. */
export async function runEval(argv: readonly string[], io: EvalIO, pipeline?: Pipeline): Promise<number> {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const [seedsDir, goldDir, ...extra] = argv.filter((a) => !a.startsWith('--'));
  const unknown = [...flags].filter((f) => f !== '--verbose' && f !== '--json');
  if (seedsDir === undefined || goldDir === undefined || extra.length > 0 || unknown.length > 0) {
    io.stderr.write(USAGE);
    return 2;
  }
  for (const dir of [seedsDir, goldDir]) {
    if (!isDir(dir)) {
      io.stderr.write(`eval: not a folder: ${dir}\n`);
      return 2;
    }
  }
  const gold = loadGold(goldDir);
  if (gold.files.length === 0) {
    io.stderr.write(`eval: no *.gold.json in ${goldDir}\n`);
    return 2;
  }
  const stages = pipeline ?? (await realPipeline());
  const { documents, skipped } = await stages.load([seedsDir]);
  const report = stages.analyze(documents, { inputs: [seedsDir], skipped });
  const texts = new Map(documents.map((d) => [baseName(d.path), d.text]));
  const scores = scoreReport(report, gold.files, gold.corpus, texts);
  io.stdout.write(flags.has('--json') ? `${JSON.stringify(scores, null, 2)}\n` : `${formatScores(scores, { verbose: flags.has('--verbose') })}\n`);
  return 0;
}
