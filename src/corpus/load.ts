import type { Document, Skipped } from '../types.js';

export interface Loaded {
  documents: Document[];
  skipped: Skipped[];
}

/** Reads files and folders (recursively). STUB: being written. */
export async function loadPaths(_paths: string[]): Promise<Loaded> {
  return { documents: [], skipped: [] };
}
