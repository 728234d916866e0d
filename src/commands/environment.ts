import path from 'node:path';
import type { Config } from '../domain/config/schema.js';
import { usageError } from '../domain/errors.js';
import { closest } from '../domain/text.js';
import type { LoadedConfig } from '../io/files/config-file.js';
import { optionLabel, stringOption } from './invocation.js';
import { Opt } from './options.js';
import type { Invocation } from './types.js';

/** The environments a config knows: those it declares under `environments:`, and where its models release. */
function knownEnvironments(config: Config): string[] {
  return [...new Set([...Object.keys(config.environments ?? {}), ...config.models.map((m) => m.environment)])];
}

/**
 * The environment a release command acts in: `environment` when given, else `fallback` (the model's). When the
 * config declares environments, a name it does not know is refused (a typo would otherwise record releases in an
 * environment without the protection rules of the intended one); a config that declares none accepts any name.
 */
export function chooseEnvironment(inv: Invocation, loaded: LoadedConfig, fallback: string, cwd: string): string {
  const environment = stringOption(inv, Opt.Environment) ?? fallback;
  const declared = Object.keys(loaded.config.environments ?? {});
  if (declared.length === 0) return environment;
  const known = knownEnvironments(loaded.config);
  if (known.includes(environment)) return environment;
  const guess = closest(environment, known);
  const file = path.relative(cwd, loaded.file) || loaded.file;
  throw usageError(
    `${optionLabel(inv, Opt.Environment)} is '${environment}', which ${file} does not declare${guess ? `; did you mean '${guess}'?` : ''} Known environments: ${known.join(', ')} (add it under environments: in ${file} to release there)`,
  );
}
