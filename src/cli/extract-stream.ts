import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { collectFiles, idAssigner, readEntries, safeStem } from '../corpus/load.js';
import { lineStatistics, processDocument, templateKeys, type LineStats } from '../pipeline/stages.js';
import { sanitize } from '../render/sanitize.js';
import type { Document } from '../types.js';
import { VERSION } from '../version.js';
import { InputError } from './errors.js';
import type { Io } from './io.js';
import { jsonText } from '../render/json-text.js';
import type { InputLimits } from './shared.js';

/**
 * `corpus-diff extract`, streamed: articles are read one at a time and each
 * line is written as soon as it is ready, so memory stays flat however large
 * the batch. Without the batch's line statistics the files are read twice:
 * once for the statistics (keys only), once for the work.
 */
export async function streamExtract(paths: string[], io: Io, options: { stats?: LineStats; limits?: InputLimits; output?: string }): Promise<void> {
  const { files, skipped } = await collectFiles(paths);
  const read = (file: string) => readEntries(file, { ...options.limits, stdin: io.stdin });
  // Standard input can be read once only: it is held for the second pass.
  const held = new Map<string, Awaited<ReturnType<typeof read>>>();
  const entries = async (file: string) => held.get(file) ?? read(file);
  if (files.includes('-')) held.set('-', await read('-'));

  let stats = options.stats;
  if (!stats) {
    const keys: string[][] = [];
    for (const file of files) for (const e of await entries(file)) if (!('reason' in e)) keys.push(templateKeys(e.doc));
    stats = lineStatistics(keys);
  }

  const out = options.output && options.output !== '-' ? createWriteStream(options.output) : null;
  if (out) await once(out, 'open').catch((e: Error) => {
    throw new InputError(`cannot write ${options.output}: ${e.message}`);
  });
  const write = async (line: string): Promise<void> => {
    if (out) {
      if (!out.write(`${line}\n`)) await once(out, 'drain');
    } else io.stdout.write(`${line}\n`);
  };

  const nextId = idAssigner();
  let articles = 0;
  for (const file of files) {
    for (const entry of await entries(file)) {
      if ('reason' in entry) {
        skipped.push(entry);
        continue;
      }
      const doc: Document = { ...entry.doc, stem: safeStem(entry.stem) };
      doc.id = nextId(doc.stem!);
      // cleanDocument reads only this document's keys from the batch statistics.
      const draft = processDocument(doc, stats);
      await write(jsonText({ type: 'article', tool: VERSION, stem: doc.stem, ...draft }));
      articles++;
    }
  }
  for (const s of skipped) {
    io.stderr.write(`corpus-diff: skipped ${sanitize(s.path)}: ${s.reason} (${sanitize(s.message)})\n`);
    await write(jsonText({ type: 'skipped', ...s }));
  }
  if (out) {
    out.end();
    await once(out, 'finish');
  }
  if (articles === 0) throw new InputError(`no usable article in ${paths.join(', ')}${skipped.length ? ` (${skipped.length} skipped)` : ''}`);
}
