import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { inputError } from '../../domain/errors.js';

const GLOB_CHARS = /[*?[{]/;

/** Regex of one glob path segment: `*`, `?`, `[abc]`, `{a,b}`. */
export function segmentRegex(segment: string): RegExp {
  let re = '';
  let inBrace = false;
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]!;
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = segment.indexOf(']', i + 1);
      if (close < 0) re += '\\[';
      else {
        const body = segment.slice(i + 1, close);
        re += `[${body.startsWith('!') ? `^${body.slice(1)}` : body}]`;
        i = close;
      }
    } else if (c === '{') {
      inBrace = true;
      re += '(?:';
    } else if (c === '}' && inBrace) {
      inBrace = false;
      re += ')';
    } else if (c === ',' && inBrace) re += '|';
    else re += c.replace(/[.+^$()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

async function isFile(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}

async function expand(base: string, segments: readonly string[]): Promise<string[]> {
  if (segments.length === 0) return (await isFile(base)) ? [base] : [];
  const [head, ...rest] = segments as [string, ...string[]];
  if (head === '**') {
    const here = await expand(base, rest);
    let entries;
    try {
      entries = await readdir(base, { withFileTypes: true });
    } catch {
      return here;
    }
    const deeper = await Promise.all(entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => expand(path.join(base, e.name), segments)));
    return [...here, ...deeper.flat()];
  }
  if (!GLOB_CHARS.test(head)) return expand(path.join(base, head), rest);
  const re = segmentRegex(head);
  let entries;
  try {
    entries = await readdir(base, { withFileTypes: true });
  } catch {
    return [];
  }
  const matches = entries.filter((e) => re.test(e.name) && (e.name.startsWith('.') === head.startsWith('.')));
  const found = await Promise.all(matches.map((e) => expand(path.join(base, e.name), rest)));
  return found.flat();
}

export interface DataFile {
  /** Absolute path. */
  path: string;
  /** Relative to the root (POSIX separators): what reports and annotations show. */
  name: string;
}

/**
 * The files a dataset `path` names: plain paths must exist; globs (`*`, `?`, `**`, `[..]`, `{a,b}`) must
 * match at least one file. Sorted by name, without repeats. `where` names the config field in errors.
 */
export async function resolveDataFiles(patterns: string | readonly string[], root: string, where: string, displayRoot: string = root): Promise<DataFile[]> {
  const list = typeof patterns === 'string' ? [patterns] : patterns;
  const out = new Map<string, DataFile>();
  for (const pattern of list) {
    const absolute = path.resolve(root, pattern);
    let found: string[];
    if (!GLOB_CHARS.test(pattern)) {
      if (!(await isFile(absolute))) throw inputError(`${where}: data file '${pattern}' does not exist (looked in ${path.dirname(absolute)})`, { file: pattern });
      found = [absolute];
    } else {
      const parts = absolute.split(path.sep);
      const firstGlob = parts.findIndex((p) => GLOB_CHARS.test(p));
      const base = parts.slice(0, firstGlob).join(path.sep) || path.sep;
      found = await expand(base, parts.slice(firstGlob));
      if (found.length === 0) throw inputError(`${where}: the glob '${pattern}' matches no file (under ${base})`, { file: pattern });
    }
    for (const f of found) out.set(f, { path: f, name: displayName(displayRoot, f) });
  }
  return [...out.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function displayName(root: string, file: string): string {
  const rel = path.relative(root, file);
  return (rel.startsWith('..') || path.isAbsolute(rel) ? file : rel).split(path.sep).join('/');
}
