/** Small shared zod schemas: decimal strings, dates, identifiers, provenance. */
import { z } from 'zod';
import { isValid, parseISO } from 'date-fns';
import { DECIMAL_PATTERN } from '../decimal.js';

/**
 * A decimal number written as a string ("0.25"). A JS number is accepted and
 * turned into its shortest string, which is exact for anything a person types
 * (up to 15 significant digits); the YAML loader keeps longer literals as text.
 */
export const DecimalString = z
  .union([z.string(), z.number()])
  .transform((v) => (typeof v === 'number' ? String(v) : v.trim()))
  .refine((s) => DECIMAL_PATTERN.test(s), {
    message: 'expected a decimal number such as "0.25" (no exponent, comma or unit)',
  })
  .meta({ description: 'Decimal number as a string, e.g. "0.25"', examples: ['0.25', '19.5'] });

/** A decimal string that is zero or more. */
export const NonNegativeDecimal = DecimalString.refine((s) => !s.startsWith('-'), {
  message: 'must not be negative',
});

/** Calendar date `YYYY-MM-DD` that exists. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected a date YYYY-MM-DD' })
  .refine((s) => isValid(parseISO(s)) && parseISO(s).toISOString().startsWith(s), {
    message: 'not a real calendar date',
  });

/** Identifier for metrics, periods, deadlines and parts. */
export const Identifier = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_.-]*$/, {
    message: 'expected an identifier: a letter, then letters, digits, _ . or -',
  });

/** Row code such as `1.1.4`, `B1`, `III.2`. */
export const NodeCode = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u, { message: 'expected a row code such as "1.1.4"' });

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
