/** The hidden marker that identifies our sticky comment: `<!-- mlgate:<key> -->` on the first line. */

/** A key as it may appear inside an HTML comment: a small alphabet, no `--`, no `>`. */
export function sanitizeKey(key: string): string {
  const s = key
    .toLowerCase()
    .replace(/[^a-z0-9._/]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-/]+|[-/]+$/g, '');
  return s.slice(0, 100) || 'default';
}

/** Key from the workflow and model (`report.comment_key` in the config overrides it). */
export function commentKey(options: { workflow?: string; model?: string; override?: string }): string {
  if (options.override !== undefined && options.override.trim() !== '') return sanitizeKey(options.override);
  return sanitizeKey([options.workflow ?? 'mlgate', options.model ?? 'report'].join('/'));
}

export function marker(key: string): string {
  return `<!-- mlgate:${sanitizeKey(key)} -->`;
}

/** Whether a comment body is the one for `key`: the marker must be the body's first line, exactly. */
export function hasMarker(body: string | null | undefined, key: string): boolean {
  if (!body) return false;
  const first = body.split('\n', 1)[0]?.replace(/\r$/, '').trim();
  return first === marker(key);
}
