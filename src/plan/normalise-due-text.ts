/** Spelling variants of a due-time cell reduced to one form before it is read. */

/**
 * NFC, lower case, single spaces, "quí" → "quý", "hằng" → "hàng", en/em dashes → "-", no trailing full stop.
 * @example normaliseDueText('  QUÍ  I/2025. ') // 'quý i/2025'
 */
export function normaliseDueText(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2013\u2014\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.;,:]+$/, '')
    .replace(/quí/g, 'quý')
    .replace(/hằng/g, 'hàng')
    .trim();
}
