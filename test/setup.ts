/**
 * fast-check runs with one seed per test run, printed so any failure replays:
 *   FC_SEED=<seed> npm test
 */
import fc from 'fast-check';

const seed = process.env.FC_SEED !== undefined ? Number(process.env.FC_SEED) : Date.now() ^ (Math.random() * 0x100000000);
const numRuns = process.env.FC_RUNS !== undefined ? Number(process.env.FC_RUNS) : 100;
fc.configureGlobal({ seed, numRuns });

const printed = globalThis as { __fcSeedPrinted?: boolean };
if (!printed.__fcSeedPrinted) {
  printed.__fcSeedPrinted = true;
  console.log(`fast-check seed: ${seed} (replay with FC_SEED=${seed})`);
}
