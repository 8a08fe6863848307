// A small map from non-zero 32-bit numbers to 32-bit numbers, for the text scan's word numbers: open addressing in
// two typed arrays, so looking a word up allocates nothing and the garbage collector has no objects to trace.
// Nearly every word a plan's text is looked up with is not there; a bit for each of 4,096 slices of the numbers
// (a one-hash Bloom filter) says so in one read, before the table is probed.

export class IntMap {
  private keys: Int32Array;
  private values: Int32Array;
  private mask: number;
  private readonly present = new Int32Array(128);
  size = 0;

  constructor(expected = 16) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.keys = new Int32Array(capacity);
    this.values = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  /** The value kept for the key, or 0 when it is not there. */
  get(key: number): number {
    const mixed = Math.imul(key, 0x9e3779b1);
    if (((this.present[mixed >>> 25] ?? 0) & (1 << ((mixed >>> 20) & 31))) === 0) return 0;
    const keys = this.keys;
    let i = (mixed >>> 16) & this.mask;
    for (;;) {
      const k = keys[i];
      if (k === key) return this.values[i] ?? 0;
      if (k === 0) return 0;
      i = (i + 1) & this.mask;
    }
  }

  /** Keeps `value` for the key, replacing any value it had. */
  set(key: number, value: number): void {
    this.update(key, () => value);
  }

  /** Combines `value` into the key's value with a bitwise or; true when the key is new. */
  or(key: number, value: number): boolean {
    return this.update(key, (old) => old | value);
  }

  /** Sets the key's value to what `next` makes of its value (0 when absent); true when the key is new. */
  private update(key: number, next: (old: number) => number): boolean {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const keys = this.keys;
    let i = (Math.imul(key, 0x9e3779b1) >>> 16) & this.mask;
    for (;;) {
      const k = keys[i];
      if (k === key) {
        this.values[i] = next(this.values[i] ?? 0);
        return false;
      }
      if (k === 0) {
        const mixed = Math.imul(key, 0x9e3779b1);
        this.present[mixed >>> 25] = (this.present[mixed >>> 25] ?? 0) | (1 << ((mixed >>> 20) & 31));
        keys[i] = key;
        this.values[i] = next(0);
        this.size++;
        return true;
      }
      i = (i + 1) & this.mask;
    }
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.values = new Int32Array(keys.length * 2);
    this.mask = this.keys.length - 1;
    this.size = 0;
    keys.forEach((key, i) => {
      if (key !== 0) this.set(key, values[i] ?? 0);
    });
  }
}
