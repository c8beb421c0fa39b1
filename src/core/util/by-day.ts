/**
 * A cache of one value per calendar day (an Excel serial), read with two array loads
 * rather than a Map's hashing: the engine looks days up for every finding (the shared
 * day facts, each day's words), a few hundred thousand times per national register.
 * Days from 0 to BY_DAY_LIMIT − 1 (years 1900 to ~13,000) are kept, in blocks of 1,024
 * days made when first used; any other number (negative, fractional, NaN) is not kept,
 * and the caller makes its value afresh.
 */
const BLOCK_BITS = 10;
const BLOCK = 1 << BLOCK_BITS;
const BLOCKS = 4096;
export const BY_DAY_LIMIT = BLOCK * BLOCKS;

export class ByDay<T> {
  private blocks: ((T | undefined)[] | undefined)[] | null = null;

  /** Whether `d` is a day this cache keeps. */
  static keeps(d: number): boolean {
    return d >= 0 && d < BY_DAY_LIMIT && (d | 0) === d;
  }

  /** The value kept for `d`, if any (undefined for a day not kept). */
  get(d: number): T | undefined {
    if (this.blocks === null || !ByDay.keeps(d)) return undefined;
    return this.blocks[d >> BLOCK_BITS]?.[d & (BLOCK - 1)];
  }

  /** Keep `value` for `d` (ignored for a day outside the range). */
  set(d: number, value: T): void {
    if (!ByDay.keeps(d)) return;
    // Filled, not sparse, so the arrays stay in V8's fast elements.
    this.blocks ??= new Array<(T | undefined)[] | undefined>(BLOCKS).fill(undefined);
    let block = this.blocks[d >> BLOCK_BITS];
    if (block === undefined) this.blocks[d >> BLOCK_BITS] = block = new Array<T | undefined>(BLOCK).fill(undefined);
    block[d & (BLOCK - 1)] = value;
  }
}
