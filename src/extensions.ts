// What a user's configuration adds to the data files: extra boilerplate line
// patterns and extra speech verbs. Set once per run (and in every worker
// thread) before any article is processed; the lexicons rebuild when it
// changes.

export interface Extensions {
  boilerplate?: { id: string; pattern: string; note?: string }[];
  speechVerbs?: string[];
}

let current = '{}';
let parsed: Extensions = {};
let version = 0;

export function setExtensions(ext: Extensions = {}): void {
  const key = JSON.stringify({ boilerplate: ext.boilerplate ?? [], speechVerbs: ext.speechVerbs ?? [] });
  if (key === current) return;
  current = key;
  parsed = JSON.parse(key) as Extensions;
  version++;
}

export function extensions(): Extensions {
  return parsed;
}

/** Changes whenever the extensions do, so cached lexicons know to rebuild. */
export function extensionsVersion(): number {
  return version;
}
