// Linearity benchmark: pathological article text (long runs of quote marks,
// digits, commas, capitalised words, …) at 10 KB, 100 KB and 1 MB, as one
// line and as many lines, through each stage separately. Prints time per KB;
// a stage whose time per KB grows more than 3× from 100 KB to 1 MB (or that
// does not finish in time) is flagged and that stage alone is profiled (the
// V8 sampling profiler of --cpu-prof, through node:inspector), and its
// hottest functions by self time are printed.
//
//   node dist/bench/regex.js [--sizes 10,100,1000] [--only shape,…] [--timeout s] [--no-profile]
//
// Each input runs in a child process with a time limit, so one stage that
// hangs cannot stop the rest; a child prints each stage's time as it ends.
import { spawnSync } from 'node:child_process';
import { Session } from 'node:inspector';
import { fileURLToPath } from 'node:url';
import { cleanCorpus } from '../clean/clean.js';
import { compare } from '../compare/compare.js';
import { assignReferenceDates, dateEvidence, extractDates } from '../extract/dates/index.js';
import { extractSource } from '../extract/extract.js';
import { extractPeople } from '../extract/people.js';
import { extractQuantities } from '../extract/quantities.js';
import { extractQuotes } from '../extract/quotes.js';
import { segment } from '../segment/segment.js';
import type { Document, Segmented } from '../types.js';

const STAGES = ['clean', 'segment', 'quantities', 'dates', 'quotes', 'people', 'compare'] as const;
type Stage = (typeof STAGES)[number];

/** Fragments repeated to fill the input; each is one shape a regex could choke on. */
const SHAPES: Record<string, (rng: () => number) => string> = {
  // Varied numbers and names, so that no per-sentence cache makes big inputs look cheap.
  news: (r) =>
    pick(r, [
      `Officials in ${pick(r, CITIES)} said on ${pick(r, DAYS)} that ${Math.floor(r() * 900) + 2} ships were waiting. `,
      `“We will reopen the ${pick(r, CITIES)} docks soon,” ${pick(r, NAMES)} said. `,
      `About ${Math.floor(r() * 9000) + 1000} people left ${pick(r, CITIES)} in ${pick(r, MONTHS)} ${1990 + Math.floor(r() * 35)}. `,
    ]),
  'curly-quotes': () => '“',
  'mixed-quotes': (r) => pick(r, ['“', '”', '"', '«', '»', '‘', '’', "'", ' ']),
  'quote-said': (r) => pick(r, ['“a,” he said ', '"b" ', '« c » ', '“d ']),
  digits: () => '1234567890',
  'spaced-digits': (r) => `${Math.floor(r() * 1000)} `,
  commas: () => ',',
  'number-commas': () => '1,000,',
  'cap-words': (r) => `${pick(r, ['Anna', 'Bell', 'Carl', 'Dora', 'Evan', 'Faye'])} `,
  spaces: () => ' ',
  parens: () => '(',
  'paren-words': (r) => pick(r, ['(a) ', '(Anna Bell) ', '( ', ') ']),
  'mr-dot': () => 'Mr. ',
  dots: () => '.',
  hyphens: () => '-',
  'hyphen-words': (r) => `${pick(r, ['a', 'well', 'Anna', '12'])}-`,
  mixed: (r) => pick(r, ['“', '"', '1,000', ',', 'Anna ', 'Mr. ', '(', ')', '.', '-', ' ', '12 ', 'said ', 'on Monday ', '%', '$', '\u00a0']),
};

const CITIES = ['Porto', 'Lagos', 'Tromsø', 'Valletta', 'Quito', 'Hobart', 'Dakar', 'Riga'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const MONTHS = ['March', 'May', 'July', 'October', 'December'];
const NAMES = ['Ana Lima', 'Jon Berg', 'Mrs Okafor', 'the mayor', 'a spokesman', 'Dr. Chen'];

function pick<T>(r: () => number, xs: T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** `kb` KB of the shape; with `lines`, a line break about every 200 characters. */
export function buildInput(shape: string, kb: number, lines: boolean): string {
  const make = SHAPES[shape];
  if (!make) throw new Error(`unknown shape ${shape}`);
  const r = rng(7);
  const target = kb * 1024;
  const parts: string[] = [];
  let n = 0;
  let sinceBreak = 0;
  while (n < target) {
    const f = make(r);
    parts.push(f);
    n += f.length;
    sinceBreak += f.length;
    if (lines && sinceBreak >= 200) {
      parts.push('\n');
      n++;
      sinceBreak = 0;
    }
  }
  // A title line, so clean has a head to work with.
  return `Pathological ${shape} input\n\n${parts.join('')}\n`;
}

/** Runs the stages on one input in a child, printing `{stage, ms}` per line as each ends. */
function child(shape: string, kb: number, lines: boolean, profiled?: Stage): void {
  // Lexicons load and the JIT warms up on a small ordinary article first, so
  // the 10 KB figures measure the input and not the start-up.
  stages(buildInput('news', 8, true), () => undefined);
  stages(buildInput(shape, kb, lines), (stage, ms) => process.stdout.write(`${JSON.stringify({ stage, ms })}\n`), profiled);
}

/**
 * The V8 sampling profiler (what --cpu-prof writes) around one stage only,
 * through the in-thread inspector, whose calls complete synchronously.
 */
function profiling(): { start(): void; stop(): void } {
  const session = new Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 200 });
  return {
    start: () => session.post('Profiler.start'),
    stop: () =>
      session.post('Profiler.stop', (error, result) => {
        if (error) throw error;
        const top = hottest(result.profile as unknown as Parameters<typeof hottest>[0]);
        process.stdout.write(`${JSON.stringify({ hottest: top })}\n`);
      }),
  };
}

function stages(text: string, report: (stage: Stage, ms: number) => void, profiled?: Stage): void {
  const doc: Document = { id: 'a', path: 'a.txt', format: 'txt', text, warnings: [] };
  const profiler = profiled ? profiling() : null;
  const time = <T>(stage: Stage, f: () => T): T => {
    if (stage === profiled) profiler?.start();
    const t = performance.now();
    const out = f();
    report(stage, performance.now() - t);
    if (stage === profiled) profiler?.stop();
    return out;
  };
  const [clean] = time('clean', () => cleanCorpus([doc]));
  const seg: Segmented = time('segment', () => segment(clean!));
  time('quantities', () => extractQuantities(seg));
  const reference = time('dates', () => {
    const ref = assignReferenceDates([dateEvidence(seg)])[0] ?? null;
    extractDates(seg, ref);
    return ref;
  });
  time('quotes', () => extractQuotes(seg));
  time('people', () => extractPeople(seg));
  const source = extractSource(seg, reference);
  time('compare', () => compare([source, { ...source, id: 'b' }]));
}

interface Run {
  ms: Partial<Record<Stage, number>>;
  timedOut: boolean;
  error?: string;
  hottest?: { name: string; share: number }[];
}

const self = fileURLToPath(import.meta.url);

function runChild(shape: string, kb: number, lines: boolean, timeoutS: number, profiled?: Stage): Run {
  const args = [self, '--child', shape, String(kb), lines ? 'lines' : 'one-line', ...(profiled ? [profiled] : [])];
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: timeoutS * 1000, maxBuffer: 1 << 20 });
  const ms: Run['ms'] = {};
  let top: Run['hottest'];
  for (const line of r.stdout.split('\n')) {
    if (!line.startsWith('{')) continue;
    const row = JSON.parse(line) as { stage: Stage; ms: number; hottest?: Run['hottest'] };
    if (row.hottest) top = row.hottest;
    else ms[row.stage] = row.ms;
  }
  const timedOut = r.signal === 'SIGTERM' || (r.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
  const stderr = r.stderr.trim().split('\n');
  const error = !timedOut && r.status !== 0 ? (stderr.find((l) => /^\w*Error\b/.test(l)) ?? stderr.slice(-3).join(' | ')) : undefined;
  return { ms, timedOut, error, hottest: top };
}

/** The function with the most self time in a .cpuprofile, and its share. */
export function hottest(profile: {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}): { name: string; share: number }[] {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const f = byNode.get(id);
    const dt = profile.timeDeltas[i] ?? 0;
    total += dt;
    if (!f || ['(idle)', '(program)', '(garbage collector)', '(root)'].includes(f.functionName)) return;
    const where = f.url ? `${f.url.replace(/^.*\/(dist|node_modules)\//, '$1/')}:${f.lineNumber + 1}` : '';
    const key = `${f.functionName || '(anonymous)'} ${where}`.trim();
    self.set(key, (self.get(key) ?? 0) + dt);
  });
  const gc = profile.samples.reduce((n, id, i) => n + (byNode.get(id)?.functionName === '(garbage collector)' ? (profile.timeDeltas[i] ?? 0) : 0), 0);
  if (gc) self.set('(garbage collector)', gc);
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([name, t]) => ({ name, share: total ? t / total : 0 }));
}

function profileOf(shape: string, kb: number, lines: boolean, stage: Stage, timeoutS: number): string {
  const run = runChild(shape, kb, lines, timeoutS, stage);
  // A child killed at its time limit reports no profile; say so rather than guess.
  if (!run.hottest) return '(no profile: the stage did not finish; rerun with a larger --timeout)';
  return run.hottest.map((h) => `${h.name} ${(h.share * 100).toFixed(0)}%`).join('; ');
}

function main(argv: string[]): void {
  const opt = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const sizes = (opt('--sizes') ?? '10,100,1000').split(',').map(Number);
  const shapes = opt('--only')?.split(',') ?? Object.keys(SHAPES);
  const timeoutS = Number(opt('--timeout') ?? 120);
  const profile = !argv.includes('--no-profile');
  const [mid, big] = [sizes[sizes.length - 2]!, sizes[sizes.length - 1]!];

  console.log(`time per KB in ms, per stage; sizes ${sizes.join(', ')} KB; ">" = did not finish in ${timeoutS} s; flagged: per-KB time ×3 or more from ${mid} to ${big} KB`);
  console.log(['shape'.padEnd(14), 'layout'.padEnd(8), 'stage'.padEnd(11), ...sizes.map((s) => `${s} KB`.padStart(10)), 'growth'.padStart(8)].join(' '));
  const flagged: { shape: string; layout: string; stage: Stage; growth: string; lines: boolean }[] = [];
  for (const shape of shapes) {
    for (const lines of [false, true]) {
      const layout = lines ? 'lines' : 'one-line';
      const runs = sizes.map((kb) => runChild(shape, kb, lines, timeoutS));
      runs.forEach((run, i) => run.error && console.log(`${shape} ${layout} ${sizes[i]} KB: child failed: ${run.error}`));
      for (const stage of STAGES) {
        // After a stage that did not finish, the later ones were never reached: not a finding.
        const reached = (run: Run): boolean => run.ms[stage] !== undefined || STAGES.slice(0, STAGES.indexOf(stage)).every((s) => run.ms[s] !== undefined);
        const perKb = runs.map((run, i) => (run.ms[stage] === undefined ? null : run.ms[stage]! / sizes[i]!));
        const cells = perKb.map((v, i) =>
          (v !== null ? v.toFixed(3) : !reached(runs[i]!) ? '-' : runs[i]!.timedOut ? `>${((timeoutS * 1000) / sizes[i]!).toFixed(0)}` : 'n/a').padStart(10),
        );
        const a = perKb[perKb.length - 2];
        const b = perKb[perKb.length - 1];
        // Under 100 ms in all at the top size, scheduling noise outweighs any trend.
        const bigMs = b === null || b === undefined ? Infinity : b * big;
        const last = runs[runs.length - 1]!;
        const growth = a && b !== null && b !== undefined ? b / a : b === null && last.timedOut && reached(last) ? Infinity : NaN;
        const flag = growth > 3 && bigMs > 100;
        const g = Number.isNaN(growth) ? '' : growth === Infinity ? 'timeout' : `${growth.toFixed(1)}×`;
        console.log([shape.padEnd(14), layout.padEnd(8), stage.padEnd(11), ...cells, g.padStart(8), flag ? ' SUPER-LINEAR' : ''].join(' '));
        if (flag) flagged.push({ shape, layout, stage, growth: g, lines });
      }
    }
  }
  if (flagged.length === 0) {
    console.log('\nno stage grows super-linearly');
    return;
  }
  console.log(`\n${flagged.length} super-linear stage(s):`);
  for (const f of flagged) {
    // A stage that did not finish at the top size is profiled at the middle one.
    const kb = f.growth === 'timeout' ? mid : big;
    const where = profile ? `; hottest at ${kb} KB: ${profileOf(f.shape, kb, f.lines, f.stage, timeoutS)}` : '';
    console.log(`  ${f.stage} on ${f.shape} (${f.layout}): ${f.growth}${where}`);
  }
  process.exitCode = 1;
}

const argv = process.argv.slice(2);
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (argv[0] === '--child') child(argv[1]!, Number(argv[2]), argv[3] === 'lines', argv[4] as Stage | undefined);
  else main(argv);
}
