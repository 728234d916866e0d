/** Number formatting for the report: compact, sign-aware, never `NaN` on the page. */

const MINUS = '−';

/** A metric value: 4 significant digits below 1000, grouped thousands above. */
export function num(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  if (!Number.isFinite(value)) return Number.isNaN(value) ? 'NaN' : value > 0 ? '∞' : `${MINUS}∞`;
  const abs = Math.abs(value);
  let s: string;
  if (abs === 0) s = '0';
  else if (abs >= 1000) s = groupThousands(abs.toFixed(abs >= 100_000 ? 0 : 1).replace(/\.0$/, ''));
  else if (abs < 1e-4) s = abs.toExponential(2);
  else s = trimZeros(abs.toPrecision(4));
  return value < 0 ? `${MINUS}${s}` : s;
}

/** A difference, always signed (`+0.012`, `−3.1`, `±0`). */
export function signed(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  if (value === 0) return '±0';
  const s = num(value);
  return value > 0 ? `+${s}` : s;
}

/** A relative difference as a signed percentage. */
export function percent(fraction: number | null | undefined, digits = 2): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return '—';
  if (fraction === 0) return '±0%';
  const s = trimZeros((Math.abs(fraction) * 100).toFixed(digits));
  return `${fraction > 0 ? '+' : MINUS}${s}%`;
}

/** A share of a whole (0.0123 → `1.23%`). */
export function share(fraction: number): string {
  if (!Number.isFinite(fraction)) return '—';
  if (fraction > 0 && fraction < 0.0001) return '<0.01%';
  return `${trimZeros((fraction * 100).toFixed(2))}%`;
}

export function count(n: number): string {
  return Number.isFinite(n) ? groupThousands(String(Math.round(n))) : '—';
}

export function pValue(p: number): string {
  if (!Number.isFinite(p)) return '—';
  if (p < 0.001) return '<0.001';
  return trimZeros(p.toFixed(3));
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${count(n)} ${n === 1 ? one : many}`;
}

function trimZeros(s: string): string {
  return s.includes('.') && !s.includes('e') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

function groupThousands(s: string): string {
  const [int = '', frac] = s.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}
