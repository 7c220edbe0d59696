/**
 * A small seeded generator: mulberry32 (Tommy Ettinger, public domain), 32-bit
 * state, period 2³². Plenty for sampling inputs; the same seed gives the same
 * draws on every platform (integer arithmetic via Math.imul).
 */
export class SeededRandom {
  private state: number;

  /** @example new SeededRandom(1).nextUint32() // 2693262067 */
  constructor(seed: number) {
    if (!Number.isInteger(seed)) throw new RangeError(`SeededRandom: seed must be an integer, got ${String(seed)}`);
    this.state = seed >>> 0;
  }

  /** The next 32-bit unsigned integer. */
  nextUint32(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** Uniform on [min, max]. */
  uniform(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** Triangular on [min, max] with its peak at `mode`, by the inverse CDF. */
  triangular(min: number, mode: number, max: number): number {
    const u = this.next();
    const span = max - min;
    if (span <= 0) return min;
    const cut = (mode - min) / span;
    return u < cut ? min + Math.sqrt(u * span * (mode - min)) : max - Math.sqrt((1 - u) * span * (max - mode));
  }

  /** Standard normal by Box–Muller (one value per call; the second is dropped to keep streams simple). */
  normal(mean: number, sd: number): number {
    const u = 1 - this.next(); // (0, 1]: log(0) is −∞
    const v = this.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}

/**
 * The seed of one named stream of a run: each unit of a simulation draws from
 * its own stream, so adding, removing or reordering units leaves the others'
 * draws as they were. FNV-1a of the name, mixed with the seed by murmur3's
 * finaliser; integer arithmetic only, the same on every platform.
 * @example streamSeed(7, 'so-tu-phap') === streamSeed(7, 'so-tu-phap') // true
 */
export function streamSeed(seed: number, name: string): number {
  if (!Number.isInteger(seed)) throw new RangeError(`streamSeed: seed must be an integer, got ${String(seed)}`);
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  // A seed beyond 32 bits keeps its high bits too.
  const high = Math.floor(seed / 4294967296);
  let x = (seed >>> 0) ^ Math.imul(h, 0x9e3779b1) ^ Math.imul(high >>> 0, 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}
