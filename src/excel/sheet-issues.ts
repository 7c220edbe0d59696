/** Issues located at a cell (`Tiêu chí!E17`) and the map from set paths (`nodes[0].maxPoints`) back to cells. */
import type { Issue } from '../errors.js';
import { formatPath } from '../errors.js';

export function cellIssue(sheet: string, cell: string, code: string, message: string): Issue {
  return { code, severity: 'error', message, path: `${sheet}!${cell}` };
}

/** Remembers which cell holds each path of the set the workbook becomes. */
export class CellMap {
  private readonly cells = new Map<string, string>();

  set(path: readonly (string | number)[], sheet: string, cell: string): void {
    this.cells.set(formatPath(path), `${sheet}!${cell}`);
  }

  /** The cell of `path` or of its nearest ancestor that has one. */
  find(path: string): string | undefined {
    for (let p = path; p !== ''; p = parentPath(p)) {
      const cell = this.cells.get(p);
      if (cell !== undefined) return cell;
    }
    return undefined;
  }

  /** Moves an issue from a set path to its cell; an unplaced one keeps its path in the message. */
  place(issue: Issue, fallback: string): Issue {
    const { file: _file, line: _line, column: _column, ...rest } = issue;
    const cell = this.find(issue.path);
    return cell !== undefined ? { ...rest, path: cell } : { ...rest, path: fallback, message: `${issue.path}: ${issue.message}` };
  }
}

/** `a.b[2]` → `a.b` → `a` → ''. */
function parentPath(p: string): string {
  const m = /^(.*?)(?:\.[A-Za-z_$][\w$]*|\[[^\]]*\])$/.exec(p);
  return m ? m[1]! : '';
}
