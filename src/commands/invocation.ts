import { usageError } from '../domain/errors.js';
import type { Config, ModelConfig } from '../domain/config/schema.js';
import { loadConfigFile, type LoadedConfig } from '../io/files/config-file.js';
import { Opt } from './options.js';
import type { CommandContext, Invocation } from './types.js';

/** How a user refers to an option on this surface: `--model` or input 'model'. */
export function optionLabel(inv: Invocation, name: string): string {
  return inv.surface === 'cli' ? `--${name}` : `input '${name}'`;
}

export function stringOption(inv: Invocation, name: string): string | undefined {
  const v = inv.options[name];
  if (typeof v === 'boolean') throw usageError(`${optionLabel(inv, name)} takes a value`);
  return v === undefined || v === '' ? undefined : v;
}

/** The `store` option, checked (`auto` when not given). */
export function storeChoice(inv: Invocation): 'auto' | 'github' | 'local' {
  const choice = stringOption(inv, Opt.Store) ?? 'auto';
  if (choice === 'auto' || choice === 'github' || choice === 'local') return choice;
  throw usageError(`${optionLabel(inv, Opt.Store)} is '${choice}'; expected auto, github or local`);
}

export function requireString(inv: Invocation, name: string, why?: string): string {
  const v = stringOption(inv, name);
  if (v === undefined) throw usageError(`missing ${optionLabel(inv, name)}${why ? `: ${why}` : ''}`);
  return v;
}

export function booleanOption(inv: Invocation, name: string): boolean {
  return inv.options[name] === true;
}

export function loadConfig(inv: Invocation, ctx: CommandContext): Promise<LoadedConfig> {
  const configPath = stringOption(inv, Opt.Config) ?? 'mlgate.yml';
  return loadConfigFile(configPath, ctx.cwd, optionLabel(inv, Opt.Config));
}

/** The model named by `model`, or the only one in the config. */
export function selectModel(inv: Invocation, config: Config): ModelConfig {
  const name = stringOption(inv, Opt.Model);
  const names = config.models.map((m) => m.name);
  if (name === undefined) {
    if (config.models.length === 1) return config.models[0]!;
    if (config.models.length === 0) throw usageError('the config defines no models; add one under `models:`');
    throw usageError(`missing ${optionLabel(inv, Opt.Model)}: the config defines ${names.length} models (${names.join(', ')}); say which one`);
  }
  const model = config.models.find((m) => m.name === name);
  if (!model) throw usageError(`${optionLabel(inv, Opt.Model)} is '${name}', which is not in the config; expected one of: ${names.join(', ') || '(none)'}`);
  return model;
}
