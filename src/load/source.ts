/**
 * Text → plain data, keeping positions. JSON is parsed by the YAML parser (a
 * subset of YAML 1.2) so both formats report line and column for any path.
 */
import { isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { formatPath, type Issue } from '../errors.js';

export interface ParsedSource {
  readonly data: unknown;
  readonly issues: Issue[];
  /** 1-based line and column of the value at `path`, when the parser knows it. */
  locate(path: readonly PropertyKey[]): { line: number; column: number } | undefined;
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
    const pos = e.linePos?.[0];
    issues.push({
      code: e.name === 'YAMLWarning' ? 'PARSE_WARNING' : 'PARSE_ERROR',
      severity: e.name === 'YAMLWarning' ? 'warning' : 'error',
      path: '(root)',
      message: e.message.split('\n')[0] ?? e.message,
      ...at(pos?.line, pos?.col),
    });
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
    locate(path) {
      for (let n = path.length; n >= 0; n--) {
        const node = doc.getIn(path.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
        if (node && typeof node === 'object' && node.range) {
          const p = lines.linePos(node.range[0]);
          return { line: p.line, column: p.col };
        }
      }
      return undefined;
    },
  };
}

/** A numeric literal longer than a double holds exactly stays as its source text. */
function keepLongNumbersExact(doc: Document): void {
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'number' && isScalar(node) && node.source !== undefined) {
        const digits = node.source.replace(/[^0-9]/g, '').replace(/^0+/, '').length;
        if (digits > SAFE_DIGITS) node.value = node.source;
      }
    },
  });
}

/** Adds file, line and column to issues whose `path` came from `pathArrays`. */
export function placeIssues(issues: { path: readonly PropertyKey[]; issue: Omit<Issue, 'path'> }[], src: ParsedSource, file?: string): Issue[] {
  return issues.map(({ path, issue }) => {
    const pos = src.locate(path);
    return {
      ...issue,
      path: formatPath(path),
      ...(file !== undefined && { file }),
      ...(pos && { line: pos.line, column: pos.column }),
    };
  });
}
