/** What run() may touch: passed in so tests can call it in-process. */
export interface Io {
  stdout: Writable;
  stderr: Writable;
  stdin?: NodeJS.ReadableStream;
  env: Record<string, string | undefined>;
  cwd: string;
}

export interface Writable {
  write(chunk: string): boolean;
  isTTY?: boolean;
  columns?: number;
}
