/** Small shared zod schemas: decimal strings, dates, identifiers, provenance. */
import { z } from 'zod';
import { DECIMAL_PATTERN } from '../decimal.js';

/**
 * A decimal number written as a string ("0.25"). A JS number is accepted and
 * turned into its shortest string, which is exact for anything a person types
 * (up to 15 significant digits); the YAML loader keeps longer literals as text.
 */
export const DecimalString = z
  .union([z.string(), z.number()])
  .transform((v) => (typeof v === 'number' ? String(v) : v.trim()))
  .refine((s) => DECIMAL_PATTERN.test(s), { error: (iss) => notDecimal(String(iss.input)) })
  .meta({ description: 'Decimal number as a string, e.g. "0.25"', examples: ['0.25', '19.5'] });

/** Says what is wrong with a decimal as written; Vietnamese tables write "1,5" for 1.5. */
function notDecimal(text: string): string {
  if (/^-?\d+,\d+$/.test(text)) return `"${text}" uses a decimal comma; write "${text.replace(',', '.')}" (a point, not a comma)`;
  return `"${text}" is not a decimal number; write it like "0.25" (no exponent, thousands separator or unit)`;
}

/** A decimal string that is zero or more. */
export const NonNegativeDecimal = DecimalString.refine((s) => !s.startsWith('-'), {
  error: (iss) => `must not be negative, got ${String(iss.input)}`,
});

/** Calendar date `YYYY-MM-DD` that exists. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: (iss) => notIsoDate(String(iss.input)) })
  // Read as UTC: parseISO gives local midnight, whose UTC date is the day before east of Greenwich (Vietnam).
  .refine((s) => {
    const time = Date.parse(`${s}T00:00:00Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().startsWith(s);
  }, {
    error: (iss) => `"${String(iss.input)}" is not a real calendar date`,
  });

/** Suggests the ISO form of a day/month/year date, the way Vietnamese documents write dates. */
function notIsoDate(text: string): string {
  const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const hint = dmy ? `write "${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}"` : 'e.g. "2025-01-31"';
  return `"${text}" is not a date written YYYY-MM-DD; ${hint}`;
}

/** Identifier for metrics, periods, deadlines and parts. */
export const Identifier = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_.-]*$/, {
    error: (iss) => `"${String(iss.input)}" is not an identifier: start with a letter (no accents), then letters, digits, _ . or - (no spaces)`,
  });

/** Row code such as `1.1.4`, `B1`, `III.2`. */
export const NodeCode = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u, { error: (iss) => `"${String(iss.input)}" is not a row code; write it like "1.1.4" (no spaces)` });

/** Where a row comes from: verbatim from an official text, adapted, or written as an example. */
export const ProvenanceStatus = z.enum(['official', 'adapted', 'example']);
export type ProvenanceStatus = z.infer<typeof ProvenanceStatus>;

/** Which units a row applies to; absent means every unit. */
export const Applicability = z
  .object({
    unitTypes: z.array(z.string().min(1)).min(1).optional(),
    levels: z.array(z.string().min(1)).min(1).optional(),
  })
  .strict();
export type Applicability = z.infer<typeof Applicability>;

/** A day of the assessment year, or of a neighbouring one (`yearOffset: -1`). */
export const DayOfYear = z
  .object({
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(31),
    yearOffset: z.number().int().min(-5).max(5).default(0),
  })
  .strict();
export type DayOfYear = z.infer<typeof DayOfYear>;
