/**
 * A tier table as one line an officer can type: `>90: 2; [70,90]: 1; <70: 0`.
 * Grammar: tiers := tier (";" tier)*; tier := interval ":" decimal [ '"' label '"' ];
 * interval := "*" | (">" | ">=" | "≥" | "<" | "<=" | "≤") decimal | ("[" | "(") decimal "," decimal ("]" | ")").
 * Every bound written carries its inclusive flag, so the text says exactly what the file says.
 */
import { isDeepStrictEqual } from 'node:util';

export interface TierText {
  min?: string;
  minInclusive?: boolean;
  max?: string;
  maxInclusive?: boolean;
  points: string;
  label?: string;
}

const DEC = String.raw`-?\d+(?:\.\d+)?`;
const TIER = new RegExp(
  String.raw`^\s*(?:(\*)|(>=|<=|≥|≤|>|<)\s*(${DEC})|([[(])\s*(${DEC})\s*,\s*(${DEC})\s*([\])]))\s*:\s*(${DEC})\s*(?:"([^"]*)")?\s*$`,
);

/**
 * Parses the notation; returns the tiers or a message saying what is wrong.
 * @example parseTiers('>90: 2; <=90: 0') // [{ min: '90', minInclusive: false, points: '2' }, { max: '90', maxInclusive: true, points: '0' }]
 */
export function parseTiers(text: string): TierText[] | string {
  const parts = text.match(/(?:[^;"]|"[^"]*")+/g)?.filter((p) => p.trim() !== '') ?? [];
  if (parts.length === 0) return 'no tier; write tiers like `>90: 2; [70,90]: 1; <70: 0`';
  const out: TierText[] = [];
  for (const [i, part] of parts.entries()) {
    const m = TIER.exec(part);
    if (!m) return `tier ${i + 1} "${part.trim()}" is not written like \`>90: 2\`, \`[70,90]: 1\` or \`<70: 0\` (decimals with a point)`;
    out.push(tierOf(m));
  }
  return out;
}

function tierOf(m: RegExpExecArray): TierText {
  const tier: TierText = { points: m[8]! };
  if (m[2] !== undefined) {
    const op = m[2];
    if (op.startsWith('>') || op === '≥') Object.assign(tier, { min: m[3]!, minInclusive: op !== '>' });
    else Object.assign(tier, { max: m[3]!, maxInclusive: op !== '<' });
  } else if (m[4] !== undefined) {
    Object.assign(tier, { min: m[5]!, minInclusive: m[4] === '[', max: m[6]!, maxInclusive: m[7] === ']' });
  }
  if (m[9] !== undefined) tier.label = m[9];
  return tier;
}

/**
 * Writes tiers in the notation, or returns undefined when the notation cannot say them
 * exactly (numbers instead of strings, a default flag left out, a label with a quote…).
 * @example formatTiers([{ min: '90', minInclusive: false, points: '2' }]) // '>90: 2'
 */
export function formatTiers(tiers: unknown): string | undefined {
  if (!Array.isArray(tiers) || tiers.length === 0) return undefined;
  const text = tiers.map((t: unknown) => formatTier(t)).join('; ');
  const back = parseTiers(text);
  return typeof back !== 'string' && isDeepStrictEqual(back, tiers) ? text : undefined;
}

function formatTier(t: unknown): string {
  if (t === null || typeof t !== 'object') return '?';
  const { min, minInclusive, max, maxInclusive, points, label } = t as Record<string, unknown>;
  const lo = min === undefined ? undefined : `${String(min)}`;
  const hi = max === undefined ? undefined : `${String(max)}`;
  let interval = '*';
  if (lo !== undefined && hi !== undefined) interval = `${minInclusive === true ? '[' : '('}${lo},${hi}${maxInclusive === true ? ']' : ')'}`;
  else if (lo !== undefined) interval = `${minInclusive === true ? '>=' : '>'}${lo}`;
  else if (hi !== undefined) interval = `${maxInclusive === true ? '<=' : '<'}${hi}`;
  return `${interval}: ${String(points)}${typeof label === 'string' ? ` "${label}"` : ''}`;
}
