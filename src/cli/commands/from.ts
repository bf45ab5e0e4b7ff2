import { readFile } from 'node:fs/promises';
import { assignIds, readStream } from '../../corpus/load.js';
import { reduce, type ArticleDraft } from '../../pipeline/stages.js';
import type { Document, Report, Skipped } from '../../types.js';
import { comparePaths } from '../../util/order.js';
import { InputError } from '../errors.js';
import type { Io } from '../io.js';

/**
 * `compare --from`: the reduce half. Reads the JSON lines that `extract`
 * runs wrote (on this machine or others, in any order of shards), puts the
 * articles in path order, and runs the barriers and the comparison, so the
 * report is the one a single run over all articles gives.
 */
export async function reduceFrom(files: string[], io: Io, options: { referenceDate?: string }): Promise<Report> {
  const drafts: ArticleDraft[] = [];
  const stemOf = new Map<ArticleDraft, string>();
  const skipped: Skipped[] = [];
  for (const file of files) {
    const text = file === '-' ? (io.stdin ? (await readStream(io.stdin)).toString('utf8') : '') : await readFile(file, 'utf8').catch((e: Error) => {
      throw new InputError(`cannot read ${file}: ${e.message}`);
    });
    text.split('\n').forEach((line, i) => {
      if (line.trim() === '') return;
      let item: { type?: unknown } & Record<string, unknown>;
      try {
        item = JSON.parse(line) as typeof item;
      } catch {
        throw new InputError(`${file}:${i + 1}: not a JSON line`);
      }
      if (item.type === 'article' && isDraft(item)) {
        drafts.push(item);
        stemOf.set(item, typeof item.stem === 'string' ? item.stem : item.source.id);
      }
      else if (item.type === 'skipped') skipped.push(item as unknown as Skipped);
      else if (item.type !== 'line-stats') throw new InputError(`${file}:${i + 1}: not a line of \`corpus-diff extract\` output`);
    });
  }
  if (drafts.length === 0) throw new InputError(`no article in ${files.join(', ')}`);
  drafts.sort((a, b) => comparePaths(a.source.path, b.source.path));
  skipped.sort((a, b) => comparePaths(a.path, b.path));
  // Shards named their articles on their own: make ids unique across them, as one run would.
  const stems = drafts.map((d) => stemOf.get(d)!);
  const docs = drafts.map((d) => ({ id: '', path: d.source.path }) as Document);
  assignIds(docs, stems);
  drafts.forEach((d, i) => (d.source.id = docs[i]!.id));
  return reduce(drafts, { inputs: files, skipped, referenceDate: options.referenceDate, files: drafts.length + skipped.length });
}

function isDraft(item: Record<string, unknown>): item is ArticleDraft & Record<string, unknown> {
  const source = item.source as Record<string, unknown> | undefined;
  return !!source && typeof source.path === 'string' && Array.isArray(item.claims) && Array.isArray(item.dates) && typeof item.evidence === 'object';
}
