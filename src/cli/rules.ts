/** `parindex rules`: the built-in rule kinds a criteria set may use, one per line. */
import { RuleRegistry } from '../index.js';
import { EXIT, type ExitCode } from './exit.js';
import type { Io } from './io.js';

export function rulesCommand(io: Io): ExitCode {
  const kinds = RuleRegistry.builtIn().list();
  const width = Math.max(...kinds.map((k) => k.kind.length));
  io.out(kinds.map((k) => `${k.kind.padEnd(width)}  ${k.summary}`).join('\n'));
  return EXIT.ok;
}
