/** Line feeds in a chunk (Buffer's indexOf is a native memchr; Uint8Array's is several times slower). */
export function countLines(buf: Buffer): number {
  let n = 0;
  for (let p = buf.indexOf(10); p >= 0; p = buf.indexOf(10, p + 1)) n++;
  return n;
}
