import { lstat, readdir, readlink, stat } from 'node:fs/promises';
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

/** What `p` is when it is not a regular file one can read ('a directory', 'a symbolic link that loops', …); undefined for a file. */
async function whyNotAFile(p: string): Promise<string | undefined> {
  try {
    const info = await stat(p);
    if (info.isFile()) return undefined;
    if (info.isDirectory()) return 'a directory, not a data file';
    if (info.isFIFO()) return 'a named pipe, not a regular file';
    if (info.isSocket()) return 'a socket, not a regular file';
    return 'a device, not a regular file';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return 'a symbolic link that loops (it leads back to itself)';
    if (code === 'EACCES' || code === 'EPERM') return 'not readable (permission denied)';
    if (code === 'ENOTDIR') return 'not there: a part of its path is a file, not a directory';
    if (code !== 'ENOENT') return `not readable (${code ?? String(error)})`;
    const link = await lstat(p).catch(() => undefined);
    if (link?.isSymbolicLink()) return `a symbolic link to '${await readlink(p).catch(() => '?')}', which does not exist`;
    return 'missing';
  }
}

/** A glob's walk: the files it found, and the matches that look like files but cannot be read as one. */
interface Walk {
  broken: Array<{ path: string; why: string }>;
}

async function expand(base: string, segments: readonly string[], walk: Walk): Promise<string[]> {
  if (segments.length === 0) {
    const why = await whyNotAFile(base);
    if (why === undefined) return [base];
    // A glob matches files: a directory or a path that is not there is no match, a broken or looping link is reported.
    if (why.startsWith('a symbolic link') || why.startsWith('not readable')) walk.broken.push({ path: base, why });
    return [];
  }
  const [head, ...rest] = segments as [string, ...string[]];
  if (head === '**') {
    const here = await expand(base, rest, walk);
    let entries;
    try {
      entries = await readdir(base, { withFileTypes: true });
    } catch {
      return here;
    }
    const deeper = await Promise.all(entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => expand(path.join(base, e.name), segments, walk)));
    return [...here, ...deeper.flat()];
  }
  if (!GLOB_CHARS.test(head)) return expand(path.join(base, head), rest, walk);
  const re = segmentRegex(head);
  let entries;
  try {
    entries = await readdir(base, { withFileTypes: true });
  } catch {
    return [];
  }
  const matches = entries.filter((e) => re.test(e.name) && (e.name.startsWith('.') === head.startsWith('.')));
  const found = await Promise.all(matches.map((e) => expand(path.join(base, e.name), rest, walk)));
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
      const why = await whyNotAFile(absolute);
      if (why === 'missing') throw inputError(`${where}: data file '${pattern}' does not exist (looked in ${path.dirname(absolute)})`, { file: pattern });
      if (why !== undefined) throw inputError(`${where}: data file '${pattern}' is ${why}${why.startsWith('a directory') ? `; name its files with a glob such as '${path.posix.join(pattern.split(path.sep).join('/'), '*.csv')}'` : ''}`, { file: pattern });
      found = [absolute];
    } else {
      const parts = absolute.split(path.sep);
      const firstGlob = parts.findIndex((p) => GLOB_CHARS.test(p));
      const base = parts.slice(0, firstGlob).join(path.sep) || path.sep;
      const walk: Walk = { broken: [] };
      found = await expand(base, parts.slice(firstGlob), walk);
      const [broken] = walk.broken.sort((a, b) => (a.path < b.path ? -1 : 1));
      if (broken) throw inputError(`${where}: the glob '${pattern}' matches '${displayName(displayRoot, broken.path)}', which is ${broken.why}`, { file: displayName(displayRoot, broken.path) });
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
