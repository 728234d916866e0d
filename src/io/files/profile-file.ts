import { readFile } from 'node:fs/promises';
import { inputError } from '../../domain/errors.js';
import type { DatasetProfile } from '../../domain/profile/dataset.js';
import { profileFromJson } from '../../domain/profile/format.js';

/** Reads an mlgate profile JSON (written by `profile`, `merge-profiles` or the reference cache); `shown` names it in errors. */
export async function readProfileFile(file: string, shown = file): Promise<DatasetProfile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw inputError(`cannot read profile: ${(e as Error).message}`, { file: shown }, e);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw inputError(`not JSON: ${(e as Error).message}; expected an mlgate profile`, { file: shown }, e);
  }
  return profileFromJson(data, shown);
}
