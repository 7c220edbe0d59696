#!/usr/bin/env node
/** `parindex` entry point: the only module that sets the process exit code. */
import { nodeIo, packageVersion } from './io.js';
import { run } from './program.js';

// A closed pipe (`parindex score … | head`) is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

process.exitCode = await run(process.argv.slice(2), nodeIo, packageVersion(import.meta.url));
