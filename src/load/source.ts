/**
 * Text → plain data, keeping positions. JSON is parsed by the YAML parser (a
 * subset of YAML 1.2) so both formats report line and column for any path.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type YAMLError } from 'yaml';
import { formatPath, type Issue } from '../errors.js';
import type { PathIssue } from './zod-issues.js';

export interface ParsedSource {
  readonly data: unknown;
  readonly issues: Issue[];
  /** 1-based line and column of the value at `path` (of its key with `atKey`), when the parser knows it. */
  locate(path: readonly PropertyKey[], atKey?: boolean): { line: number; column: number } | undefined;
}

/** Most files are small; this stops a hostile file from exhausting memory. */
export const MAX_SOURCE_BYTES = 20 * 1024 * 1024;

/** Digits that a double keeps exactly; longer numeric literals are kept as text. */
const SAFE_DIGITS = 15;

export function parseSource(text: string, file?: string): ParsedSource {
  const at = (line?: number, column?: number) => ({ ...(file !== undefined && { file }), ...(line !== undefined && { line }), ...(column !== undefined && { column }) });
  if (text.length > MAX_SOURCE_BYTES) {
    return { data: undefined, locate: () => undefined, issues: [{ code: 'FILE_TOO_LARGE', severity: 'error', path: '(root)', message: `file is larger than ${MAX_SOURCE_BYTES / 1024 / 1024} MiB`, ...at() }] };
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const issues: Issue[] = [];
  for (const e of [...doc.errors, ...doc.warnings]) {
    // With prettyErrors off the parser leaves linePos unset; the offset is always there.
    const pos = lines.linePos(e.pos[0]);
    issues.push({ ...parseIssue(e, text), path: '(root)', ...at(pos.line, pos.col) });
  }
  if (!issues.some((i) => i.severity === 'error') && doc.contents === null) {
    issues.push({ code: 'EMPTY_FILE', severity: 'error', path: '(root)', message: 'the file has no content (only blank lines or comments)', ...at() });
  }
  if (issues.some((i) => i.severity === 'error')) return { data: undefined, issues, locate: () => undefined };
  keepLongNumbersExact(doc);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    issues.push({ code: 'PARSE_ERROR', severity: 'error', path: '(root)', message: e instanceof Error ? e.message : String(e), ...at() });
    return { data: undefined, issues, locate: () => undefined };
  }
  return {
    data,
    issues,
    locate(path, atKey = false) {
      const offset = offsetOf(doc, path, atKey);
      if (offset === undefined) return undefined;
      const p = lines.linePos(offset);
      return { line: p.line, column: p.col };
    },
  };
}

function parseIssue(e: YAMLError, text: string): Omit<Issue, 'path'> {
  const severity = e.name === 'YAMLWarning' ? 'warning' : 'error';
  if (e.code === 'DUPLICATE_KEY') {
    const key = /^[^:\n]*/.exec(text.slice(e.pos[0]))![0].trim().replace(/^["']|["']$/g, '');
    return { code: 'DUPLICATE_KEY', severity, message: `key "${key}" appears twice in the same mapping; keep only one` };
  }
  if (e.code === 'MULTIPLE_DOCS') return { code: 'PARSE_ERROR', severity, message: 'the file holds more than one YAML document (a second "---" line); keep one per file' };
  return { code: severity === 'warning' ? 'PARSE_WARNING' : 'PARSE_ERROR', severity, message: e.message.split('\n')[0] ?? e.message };
}

type Ranged = { range?: [number, number, number] | null } | null | undefined;

/**
 * Offset of the deepest node on `path` that exists: a scalar value itself, or
 * the key of a mapping entry whose value is a block (its key line reads best).
 * With `atKey`, the key of the last entry whatever its value.
 */
function offsetOf(doc: Document, path: readonly PropertyKey[], atKey: boolean): number | undefined {
  let node: unknown = doc.contents;
  let key: Ranged;
  let best = (node as Ranged)?.range?.[0] ?? undefined;
  for (const [n, seg] of path.entries()) {
    let next: unknown;
    if (isMap(node)) {
      const pair = node.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === String(seg));
      if (!pair) break;
      key = pair.key as Ranged;
      next = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      key = undefined;
      next = node.items[seg];
    } else break;
    node = next;
    const keyFirst = !isScalar(node) || (atKey && n === path.length - 1);
    const own = keyFirst ? (key?.range?.[0] ?? (node as Ranged)?.range?.[0]) : (node as Ranged)?.range?.[0];
    if (own === undefined) break;
    best = own;
  }
  return best;
}

/** A numeric literal longer than a double holds exactly stays as its source text. */
function keepLongNumbersExact(doc: Document): void {
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'number' && isScalar(node) && node.source !== undefined) {
        const digits = node.source.replace(/[^0-9]/g, '').replace(/^0+/, '').length;
        // String(1e-7) is "1e-7": keep what the author wrote, not the exponent form.
        // Hex, octal, exponent and `.5` literals stay text too, so a decimal field rejects them by name.
        const plain = /^-?\d+(\.\d+)?$/.test(node.source);
        if (!plain || digits > SAFE_DIGITS || /e/i.test(String(node.value))) node.value = node.source;
      }
    },
  });
}

/** Adds file, line and column to issues; when every issue has a line, they come in document order. */
export function placeIssues(issues: readonly PathIssue[], src: ParsedSource, file?: string): Issue[] {
  const placed = issues.map(({ path, issue, atKey }): Issue => {
    const pos = src.locate(path, atKey);
    return {
      ...issue,
      path: formatPath(path),
      ...(file !== undefined && { file }),
      ...(pos && { line: pos.line, column: pos.column }),
    };
  });
  if (!placed.every((i) => i.line !== undefined)) return placed;
  return placed.sort((a, b) => a.line! - b.line! || (a.column ?? 0) - (b.column ?? 0));
}
