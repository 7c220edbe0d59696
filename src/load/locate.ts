/** Adds line and column to issues found after loading (e.g. while scoring), from the file's text. */
import type { Issue } from '../errors.js';
import { parseSource } from './source.js';

const SEGMENT = /(?:^|\.)([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/gy;

/**
 * Reads back a path written by formatPath: `metrics.x`, `nodes[2].rule`, `points["1.1.3"]`.
 * @example parsePath('points["1.1.3"]') // ['points', '1.1.3']
 * @returns undefined when the text is not such a path.
 */
export function parsePath(text: string): (string | number)[] | undefined {
  const out: (string | number)[] = [];
  SEGMENT.lastIndex = 0;
  while (SEGMENT.lastIndex < text.length) {
    const m = SEGMENT.exec(text);
    if (!m) return undefined;
    out.push(m[1] ?? (m[2] !== undefined ? Number(m[2]) : (JSON.parse(m[3]!) as string)));
  }
  return out;
}

/**
 * Gives each issue of `file` without a position the line and column of its path in `text`.
 * @example locateIssues(result.issues, assessmentText, 'unit.yaml')
 */
export function locateIssues(issues: readonly Issue[], text: string, file: string): Issue[] {
  if (!issues.some((i) => i.file === file && i.line === undefined)) return [...issues];
  const src = parseSource(text, file);
  return issues.map((i) => {
    if (i.file !== file || i.line !== undefined) return i;
    const path = parsePath(i.path);
    const pos = path && src.locate(path);
    return pos ? { ...i, line: pos.line, column: pos.column } : i;
  });
}
