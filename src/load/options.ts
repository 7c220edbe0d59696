/** Checks at the loaders' door: text must be text, options an object; misuse throws a usage error naming the function. */
import { usageError } from '../errors.js';
import { RuleRegistry } from '../rules/registry.js';
import type { LoadOptions } from './criteria.js';

const kindOf = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v);

export function requireText(fn: string, text: unknown): string {
  if (typeof text !== 'string') throw usageError(fn, `text must be a string (the file's contents), got ${kindOf(text)}`);
  return text;
}

export function loadOptions(fn: string, options: unknown): LoadOptions {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object' || Array.isArray(options)) throw usageError(fn, `options must be an object, got ${kindOf(options)}`);
  const { file, rules } = options as Record<string, unknown>;
  if (file !== undefined && typeof file !== 'string') throw usageError(fn, `options.file must be a string, got ${kindOf(file)}`);
  if (rules !== undefined && !(rules instanceof RuleRegistry)) throw usageError(fn, 'options.rules must be a RuleRegistry (RuleRegistry.builtIn().with(...))');
  return options as LoadOptions;
}
