import type { FastSlice } from '../fast-slice.js';

/** Bytes decoded at a time: below V8's large-object size, so each piece is a cheap young-generation string. */
const PIECE_BYTES = 1 << 14;

/**
 * Texts of the cells of one column, read in increasing order, for checks that do not keep them
 * (pattern, lengths). In ASCII data a 16 KiB piece is decoded at once and each cell is a substring
 * of it, a fraction of the cost of one UTF-8 decode per cell; other data is decoded cell by cell. The
 * substrings may share the piece's memory: copy what you keep (`Column.text` does).
 */
export class TextWindow {
  private piece = '';
  private pieceStart = 0;
  private pieceEnd = 0;

  constructor(
    private readonly buf: Buffer,
    /** The whole range the cells come from is ASCII (then Latin-1 decoding equals UTF-8's). */
    private readonly ascii: boolean,
  ) {}

  slice(s: number, e: number): string {
    if (!this.ascii) return (this.buf as unknown as FastSlice).utf8Slice(s, e);
    if (s < this.pieceStart || e > this.pieceEnd) {
      this.pieceStart = s;
      this.pieceEnd = Math.max(e, Math.min(this.buf.length, s + PIECE_BYTES));
      this.piece = (this.buf as unknown as FastSlice).latin1Slice(s, this.pieceEnd);
    }
    return this.piece.substring(s - this.pieceStart, e - this.pieceStart);
  }
}
