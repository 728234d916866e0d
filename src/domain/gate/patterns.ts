/**
 * Gate keys may be glob patterns over dotted metric names: `*` matches within one segment (no dot),
 * `**` matches across segments, `?` one character other than a dot.
 */
export function isPattern(key: string): boolean {
  return /[*?]/.test(key);
}

export function globToRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '*' && pattern[i + 1] === '*') {
      re += '.*';
      i++;
    } else if (ch === '*') re += '[^.]*';
    else if (ch === '?') re += '[^.]';
    else re += ch.replace(/[\\^$+.()|[\]{}]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/**
 * How specific a gate key is, to pick one gate per metric when several match: an exact name beats
 * any pattern; among patterns, more literal characters win, then fewer wildcards, then config order.
 */
export function specificity(key: string): [number, number, number] {
  if (!isPattern(key)) return [1, key.length, 0];
  const wildcards = (key.match(/\*\*|\*|\?/g) ?? []).length;
  return [0, key.replace(/[*?]/g, '').length, -wildcards];
}

export function moreSpecific(a: string, b: string): boolean {
  const [x, y] = [specificity(a), specificity(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i]! > y[i]!;
  return false;
}
