import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { AnalyzeOptions, Document, Report } from '../types.js';
import { ResultCache } from './cache.js';
import { lineStatistics, reduce, statsFor, type ArticleDraft } from './stages.js';
import type { Task } from './worker.js';
import workerTask from './worker.js';

export interface RunOptions extends AnalyzeOptions {
  /** Worker threads for the per-article stages; 1 runs everything in this thread. */
  workers?: number;
  /** A cache folder: unchanged articles are not analysed again. */
  cacheDir?: string;
  /** Called after each article's draft is ready. */
  onProgress?: (done: number, total: number) => void;
}

/** Below this many articles, starting threads costs more than it saves. */
const MIN_PER_WORKER = 8;

/**
 * One core stays with the main thread (loading, the barriers, the
 * comparison). On a two-core machine that means no pool at all: measured
 * there (npm run bench), two workers were slower than one thread, since the
 * per-article work is allocation-heavy and the threads' garbage collection
 * competes for the same two cores.
 */
export function defaultWorkers(): number {
  return Math.max(1, Math.min(availableParallelism() - 1, 8));
}

/**
 * The pipeline of analyze(), with the per-article stages spread over worker
 * threads and served from a cache where possible. The barriers and the
 * comparison run here. The report is the same whatever the worker count:
 * every per-article result depends only on its article and the batch
 * statistics, and results are gathered in input order.
 */
export async function runPipeline(documents: Document[], options: RunOptions = {}): Promise<Report> {
  const workers = Math.min(options.workers ?? defaultWorkers(), Math.floor(documents.length / MIN_PER_WORKER) || 1);
  // Started on the first task that is not cached: a cached re-run never pays for threads.
  let pool: Piscina | null = null;
  const ext = options.extensions ?? {};
  const exec = (task: Task): Promise<unknown> => {
    if (workers <= 1) return Promise.resolve(workerTask({ ...task, ext }));
    pool ??= new Piscina({ filename: new URL('../../dist/pipeline/worker.js', import.meta.url).href, minThreads: workers, maxThreads: workers });
    return pool.run({ ...task, ext });
  };
  const cache = options.cacheDir ? await ResultCache.open(options.cacheDir) : null;
  try {
    const keys = await Promise.all(
      documents.map((doc) => cached(cache, cache?.key('keys', doc.text, doc.format, ext), () => exec({ kind: 'keys', doc }) as Promise<string[]>)),
    );
    const stats = lineStatistics(keys);
    const slices = documents.map((_, i) => statsFor(stats, keys[i]!));
    const draftKeys = documents.map((doc, i) => cache?.key('draft', doc.text, doc.format, doc.meta ?? null, slices[i], ext));
    // A batch seen before, unchanged article for article, with the same options: its report.
    const reportKey = cache?.key('report', draftKeys, documents.map((d) => [d.id, d.path]), {
      referenceDate: options.referenceDate ?? null,
      inputs: options.inputs ?? [],
      skipped: options.skipped ?? [],
      toolVersion: options.toolVersion ?? null,
    });
    const hit = cache && reportKey ? await cache.get<Report>(reportKey) : undefined;
    if (hit) {
      options.onProgress?.(documents.length, documents.length);
      return hit;
    }
    let done = 0;
    const drafts = await Promise.all(
      documents.map(async (doc, i) => {
        const draft = await cached(cache, draftKeys[i], () => exec({ kind: 'draft', doc, stats: slices[i]! }) as Promise<ArticleDraft>);
        options.onProgress?.(++done, documents.length);
        // A cached draft may come from a file of the same content elsewhere: this run's id and path win.
        return { ...draft, source: { ...draft.source, id: doc.id, path: doc.path } };
      }),
    );
    const report = reduce(drafts, { ...options, files: documents.length + (options.skipped?.length ?? 0) });
    if (cache && reportKey) await cache.set(reportKey, report);
    return report;
  } finally {
    await (pool as Piscina | null)?.destroy();
  }
}

/** The cached value under `key`, else computed and stored; no cache, no key: just computed. */
async function cached<T>(cache: ResultCache | null, key: string | undefined, compute: () => Promise<T>): Promise<T> {
  if (!cache || key === undefined) return compute();
  const hit = await cache.get<T>(key);
  if (hit !== undefined) return hit;
  const value = await compute();
  await cache.set(key, value);
  return value;
}
