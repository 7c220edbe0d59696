/** Everything the CLI needs from the outside world, so commands stay testable and pure of `process`. */
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CliError, EXIT } from './exit.js';

export interface Io {
  /** Writes one or more lines to stdout (a newline is added). */
  out(text: string): void;
  /** Writes one or more lines to stderr (a newline is added). */
  err(text: string): void;
  /** Reads a UTF-8 text file; throws a usage CliError when it cannot be read. */
  readText(path: string, what: string): string;
  /** Terminal width when stdout is a terminal; undefined when piped. */
  readonly columns: number | undefined;
  /** The files directly inside `path`, sorted, when it is a directory; undefined otherwise. */
  listDir?(path: string): string[] | undefined;
  /** True when stderr is a terminal: only then is progress shown. */
  readonly errIsTTY?: boolean;
  /** Rewrites the current stderr line (a progress indicator); an empty text clears it. */
  status?(text: string): void;
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory, not a file',
  EACCES: 'permission denied',
  ENOTDIR: 'a parent of the path is not a directory',
};

/**
 * Reads a file as UTF-8 without its byte-order mark. A path that cannot be
 * read is a usage error (exit 2); a file that reads but is invalid is bad data (exit 1).
 */
export function readTextFile(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    throw new CliError(EXIT.usage, `cannot read ${what} ${path}: ${REASONS[code] ?? (code || 'unreadable')}`);
  }
}

/** The real terminal. */
export const nodeIo: Io = {
  out: (text) => void process.stdout.write(`${text}\n`),
  err: (text) => void process.stderr.write(`${text}\n`),
  readText: readTextFile,
  get columns() {
    return process.stdout.isTTY ? process.stdout.columns : undefined;
  },
  listDir: listDirectory,
  get errIsTTY() {
    return process.stderr.isTTY === true;
  },
  status: (text) => void process.stderr.write(`\r\u001b[K${text}`),
};

/** The files directly inside a directory, sorted by name; undefined when `path` is not a readable directory. */
export function listDirectory(path: string): string[] | undefined {
  try {
    if (!statSync(path).isDirectory()) return undefined;
    return readdirSync(path, { withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => join(path, d.name))
      .sort();
  } catch {
    return undefined;
  }
}

/** The version in parindex's package.json, found by walking up from this module. */
export function packageVersion(moduleUrl: string): string {
  for (let dir = new URL('.', moduleUrl); ; dir = new URL('..', dir)) {
    try {
      const pkg = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'parindex' && pkg.version) return pkg.version;
    } catch {
      // No package.json here; keep walking up.
    }
    if (dir.pathname === '/') return 'unknown';
  }
}

/** Reads a binary file of at most `maxBytes`; an unreadable path is a usage error, a larger file bad data. */
export function readBinaryFile(path: string, what: string, maxBytes: number): Buffer {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    throw new CliError(EXIT.usage, `cannot read ${what} ${path}: ${REASONS[code] ?? (code || 'unreadable')}`);
  }
  if (size > maxBytes) throw new CliError(EXIT.data, `${what} ${path} is ${size} bytes, over the ${maxBytes / 1048576} MB limit; split it or remove what it does not need`);
  try {
    return readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    throw new CliError(EXIT.usage, `cannot read ${what} ${path}: ${REASONS[code] ?? (code || 'unreadable')}`);
  }
}

/** Writes through a temporary file in the same directory and a rename, so a reader never sees half a file. */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    const code = (e as NodeJS.ErrnoException).code ?? '';
    throw new CliError(EXIT.usage, `cannot write ${path}: ${REASONS[code] ?? (code || 'unwritable')}`);
  }
}
