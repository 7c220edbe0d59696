/** Texts of a score sheet row: its evidence documents (a hyperlink when one has a web link) and its notes. */
import type { CellHyperlinkValue } from 'exceljs';
import type { EvidenceDocument } from '../schema/assessment.js';
import type { RoundsRow } from '../schema/rounds.js';
import { encodeXmlText } from './cells.js';
import { LABELS, vnDate } from './score-sheet-layout.js';

/** Only web links become hyperlinks: a `javascript:` or `file:` link in an assessment stays text. */
const WEB = /^https?:\/\/[^\s]+$/i;

/**
 * One evidence document as a line: "Số 12/KH-STP ngày 15/01/2025 của Sở Tư pháp: Kế hoạch CCHC (tệp kh.pdf)".
 * @example evidenceLine({ number: '12/KH', date: '2025-01-15' }) // 'Số 12/KH ngày 15/01/2025'
 */
export function evidenceLine(doc: EvidenceDocument): string {
  const head = [doc.number && `Số ${doc.number}`, doc.date && `ngày ${vnDate(doc.date)}`, doc.issuer && `của ${doc.issuer}`].filter(Boolean).join(' ');
  const body = [head, doc.summary].filter(Boolean).join(': ');
  const file = doc.file === undefined ? '' : ` (tệp ${doc.file})`;
  const link = doc.link !== undefined && body === '' && file === '' ? doc.link : '';
  return `${body}${file}${link}`;
}

/**
 * The evidence cell: one document per line; a hyperlink to the first web link (the other links are listed as text).
 * Null when the row has no evidence.
 */
export function evidenceCell(docs: readonly EvidenceDocument[]): string | CellHyperlinkValue | null {
  if (docs.length === 0) return null;
  const links = docs.map((d) => d.link).filter((l): l is string => l !== undefined && WEB.test(l));
  const lines = docs.map(evidenceLine);
  const extra = links.slice(1).filter((l) => !lines.includes(l));
  const text = encodeXmlText([...lines, ...extra].join('\n'));
  return links[0] === undefined ? text : { text, hyperlink: links[0] };
}

/** The row's note, appraisal comments and explanation, each on its own line with who said it; null when none. */
export function notesText(row: RoundsRow): string | null {
  const lines = [
    row.note && `${LABELS.note}: ${row.note}`,
    row.comment1 && `${LABELS.comment1}: ${row.comment1}`,
    row.explanationRequired && row.explanation === null ? LABELS.explanationRequired : null,
    row.explanation && `${LABELS.explanation}: ${row.explanation}`,
    row.comment2 && `${LABELS.comment2}: ${row.comment2}`,
  ].filter((l): l is string => typeof l === 'string' && l !== '');
  // A note alone needs no label.
  if (lines.length === 1 && row.note) return row.note;
  return lines.length === 0 ? null : lines.join('\n');
}
