/** Node's Buffer decoders without the argument-checking wrapper of `toString` (a hot path): cast a Buffer to this. */
export interface FastSlice {
  latin1Slice(start: number, end: number): string;
  utf8Slice(start: number, end: number): string;
}
