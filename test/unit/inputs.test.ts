import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/adapters/actions/inputs.js';
import { findCommand } from '../../src/commands/index.js';
import type { CommandSpec } from '../../src/commands/types.js';
import { MlgateError } from '../../src/domain/errors.js';

const spec = (name: string): CommandSpec => findCommand(name)!.spec;
/** `core.getInput` semantics over a map of given inputs ('' when absent). */
const given = (inputs: Record<string, string>) => (name: string): string => inputs[name] ?? '';

function usageErrorOf(fn: () => unknown): MlgateError {
  try {
    fn();
  } catch (e) {
    if (e instanceof MlgateError) return e;
    throw e;
  }
  throw new Error('expected an MlgateError');
}

describe('action inputs (src/adapters/actions/inputs.ts)', () => {
  it('accepts the YAML 1.2 core-schema booleans the runner passes through: true/True/TRUE, false/False/FALSE', () => {
    for (const v of ['true', 'True', 'TRUE']) expect(readInputs(spec('rollback'), given({ 'dry-run': v })).options['dry-run']).toBe(true);
    for (const v of ['false', 'False', 'FALSE']) expect(readInputs(spec('rollback'), given({ 'dry-run': v })).options['dry-run']).toBe(false);
  });

  it('a bad boolean is a usage error quoting the input and the value', () => {
    for (const bad of ['yes', '1', 'on', 'tru', 'TRUE ']) {
      const e = usageErrorOf(() => readInputs(spec('rollback'), given({ 'dry-run': bad })));
      expect(e.kind).toBe('usage');
      expect(e.oneLine()).toBe(`input 'dry-run' is '${bad}'; expected true or false`);
    }
    expect(usageErrorOf(() => readInputs(spec('promote'), given({ force: 'y' }))).oneLine()).toBe("input 'force' is 'y'; expected true or false");
  });

  it('applies the spec defaults when the runner did not (node dist/index.js by hand), except expressions', () => {
    const inv = readInputs(spec('rollback'), given({}));
    expect(inv.surface).toBe('action');
    expect(inv.command).toBe('rollback');
    expect(inv.options).toMatchObject({ config: 'mlgate.yml', to: 'previous', 'dry-run': false, store: 'auto' });
    // `${{ github.token }}` only means something to the runner: no default token.
    expect(inv.options['github-token']).toBeUndefined();
  });

  it('given values win over defaults; empty strings fall back to defaults', () => {
    const inv = readInputs(spec('rollback'), given({ to: '1.2.0', config: '', 'github-token': 'ghs_x', reason: 'bad auc' }));
    expect(inv.options).toMatchObject({ to: '1.2.0', config: 'mlgate.yml', 'github-token': 'ghs_x', reason: 'bad auc' });
  });

  it('reads only the command\'s own inputs, and never CLI-only options', () => {
    const cliOnly: CommandSpec = { ...spec('profile'), options: [...spec('profile').options, { name: 'local-only', type: 'string', description: 'x', only: 'cli' }] };
    const asked: string[] = [];
    readInputs(cliOnly, (n) => (asked.push(n), n === 'local-only' ? 'v' : ''));
    expect(asked).not.toContain('local-only');
    const seen: string[] = [];
    readInputs(spec('profile'), (n) => (seen.push(n), ''));
    const own = spec('profile').options;
    expect(seen).toEqual(own.filter((o) => o.only !== 'cli').map((o) => o.name));
    expect(seen).not.toContain('to');
  });

  it('reads through @actions/core by default: INPUT_<NAME> with the hyphen kept', () => {
    const before = { ...process.env };
    try {
      process.env['INPUT_DRY-RUN'] = 'True';
      process.env.INPUT_TO = '  1.4.0  ';
      const inv = readInputs(spec('rollback'));
      expect(inv.options['dry-run']).toBe(true);
      expect(inv.options.to).toBe('1.4.0');
      process.env['INPUT_DRY-RUN'] = 'maybe';
      expect(usageErrorOf(() => readInputs(spec('rollback'))).oneLine()).toBe("input 'dry-run' is 'maybe'; expected true or false");
    } finally {
      for (const k of Object.keys(process.env)) if (!(k in before)) delete process.env[k];
      Object.assign(process.env, before);
    }
  });
});
