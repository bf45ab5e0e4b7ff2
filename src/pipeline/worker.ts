// Runs in a worker thread (piscina): the per-article stages only. Messages
// are plain data both ways (structured clone).
import { setExtensions, type Extensions } from '../extensions.js';
import type { Document } from '../types.js';
import { processDocument, templateKeys, type ArticleDraft, type LineStats } from './stages.js';

export type Task = ({ kind: 'keys'; doc: Document } | { kind: 'draft'; doc: Document; stats: LineStats }) & { ext?: Extensions };

export default function run(task: Task): string[] | ArticleDraft {
  setExtensions(task.ext);
  return task.kind === 'keys' ? templateKeys(task.doc) : processDocument(task.doc, task.stats);
}
