import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Where the local store keeps monitoring (issue files and run histories), relative to the working directory. */
export const LOCAL_MONITOR_DIR = path.join('.mlgate', 'monitor');

/** A key (`monitor/<model>/<environment>`) as a file name: each part percent-encoded (dots too), joined by dots. */
export function keyFileName(key: string, suffix: string): string {
  const part = (s: string): string => encodeURIComponent(s).replace(/\./g, '%2E').replace(/\*/g, '%2A');
  return `${key.split('/').map(part).join('.')}${suffix}`;
}

export async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Writes the whole file at once (a killed process leaves the old file or the new one, never half of one). */
export async function writeWhole(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const staging = `${file}.partial-${process.pid}`;
  await writeFile(staging, text, 'utf8');
  await rename(staging, file);
}
