/** Due times with no date of their own: continuous, when arising, after an event, on another schedule. */
import type { DueOpen } from '../schema/plan.js';

/**
 * Reads an open due time from normalised text, keeping the rest of the original as the condition.
 * @example readOpen('sau khi hoàn thành', 'Sau khi hoàn thành') // { kind: 'open', reason: 'after', condition: 'hoàn thành' }
 */
export function readOpen(text: string, original: string): DueOpen | undefined {
  if (/^(thực hiện )?(thường xuyên|liên tục)/.test(text)) return withCondition('continuous', original, /^(thực hiện\s+)?(thường xuyên|liên tục)[\s,]*/iu);
  if (/^sau khi /.test(text)) return withCondition('after', original, /^sau khi\s+/iu);
  if (/^khi /.test(text)) return withCondition('when-arising', original, /^khi\s+/iu);
  if (/^theo /.test(text)) return withCondition('as-scheduled', original, /^theo\s+/iu);
  return undefined;
}

function withCondition(reason: DueOpen['reason'], original: string, lead: RegExp): DueOpen {
  const condition = original.normalize('NFC').replace(/\s+/g, ' ').trim().replace(lead, '');
  return { kind: 'open', reason, ...(condition !== '' && { condition }) };
}
