import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseConfig } from '../../domain/config/parse.js';
import type { Config } from '../../domain/config/schema.js';
import { MlgateError, usageError } from '../../domain/errors.js';

export interface LoadedConfig {
  config: Config;
  /** Absolute path of the config file. */
  file: string;
  /** Directory relative paths in the config are resolved against. */
  root: string;
}

/** Reads and validates mlgate.yml. `how` names the input/flag for the error ("input 'config'" / "--config"). */
export async function loadConfigFile(configPath: string, cwd: string, how: string): Promise<LoadedConfig> {
  const file = path.resolve(cwd, configPath);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw usageError(`${how} names '${configPath}', which does not exist (looked in ${path.dirname(file)}); create an mlgate.yml or point ${how} at yours.`);
    }
    throw new MlgateError('input', `cannot read config '${configPath}': ${code ?? String(error)}`, { location: { file: configPath }, cause: error });
  }
  const rel = path.relative(cwd, file) || configPath;
  return { config: parseConfig(text, rel), file, root: path.dirname(file) };
}
