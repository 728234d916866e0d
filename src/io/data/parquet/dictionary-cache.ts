/** Per-entry results for a dictionary-encoded column: each entry's hash (and text) computed once. */
export class DictionaryCache {
  readonly hi: Uint32Array;
  readonly lo: Uint32Array;
  readonly hashed: Uint8Array;
  readonly texts: (string | undefined)[];
  constructor(
    readonly owner: object,
    size: number,
  ) {
    this.hi = new Uint32Array(size);
    this.lo = new Uint32Array(size);
    this.hashed = new Uint8Array(size);
    this.texts = new Array<string | undefined>(size);
  }

  /** Entry e's hash into out; false when it is not known yet. */
  load(e: number, out: Uint32Array): boolean {
    if (this.hashed[e] === 0) return false;
    out[0] = this.hi[e]!;
    out[1] = this.lo[e]!;
    return true;
  }

  store(e: number, h: Uint32Array): void {
    this.hi[e] = h[0]!;
    this.lo[e] = h[1]!;
    this.hashed[e] = 1;
  }

  /** Each entry's duplicate-row words (src/domain/table/row-hash.ts) at 2e, 2e + 1, once found (`rowWordsKnown[e]`). */
  private rowWords: Uint32Array | undefined;
  private rowWordsKnown: Uint8Array | undefined;

  /** Entry e's duplicate-row words into out; false when they are not known yet. */
  loadRowWords(e: number, out: Uint32Array): boolean {
    if (this.rowWordsKnown?.[e] !== 1) return false;
    out[0] = this.rowWords![2 * e]!;
    out[1] = this.rowWords![2 * e + 1]!;
    return true;
  }

  storeRowWords(e: number, w: Uint32Array): void {
    const size = this.hashed.length;
    const words = (this.rowWords ??= new Uint32Array(2 * size));
    words[2 * e] = w[0]!;
    words[2 * e + 1] = w[1]!;
    (this.rowWordsKnown ??= new Uint8Array(size))[e] = 1;
  }
}
