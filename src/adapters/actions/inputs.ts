import * as core from '@actions/core';
import type { CommandSpec, Invocation, OptionValue } from '../../commands/types.js';
import { usageError } from '../../domain/errors.js';

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

/**
 * One typed settings object from the step's inputs (actions/checkout's input-helper).
 * Defaults from the spec apply when the runner did not pass one (e.g. `node dist/index.js` by hand).
 */
export function readInputs(spec: CommandSpec, getInput: (name: string) => string = (n) => core.getInput(n)): Invocation {
  const options: Record<string, OptionValue> = {};
  for (const o of spec.options) {
    if (o.only === 'cli') continue;
    let raw = getInput(o.name);
    if (raw === '' && o.default !== undefined && !o.default.startsWith('${{')) raw = o.default;
    if (o.type === 'boolean') {
      if (raw === '') continue;
      if (TRUE.includes(raw)) options[o.name] = true;
      else if (FALSE.includes(raw)) options[o.name] = false;
      else throw usageError(`input '${o.name}' is '${raw}'; expected true or false`);
    } else if (raw !== '') {
      options[o.name] = raw;
    }
  }
  return { command: spec.name, options, positionals: [], surface: 'action' };
}
