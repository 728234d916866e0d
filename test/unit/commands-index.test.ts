import { describe, expect, it } from 'vitest';
import { commands } from '../../src/commands/all.js';
import { commandEntries, loadCommand } from '../../src/commands/index.js';

describe('the lazy command list', () => {
  it('names every command, in order, with the summary its spec gives', () => {
    expect(commandEntries.map((c) => [c.name, c.summary])).toEqual(commands.map((c) => [c.spec.name, c.spec.summary]));
  });

  it('loads the command each entry names', async () => {
    for (const entry of commandEntries) {
      const command = await entry.load();
      expect(command.spec.name).toBe(entry.name);
    }
    expect(await loadCommand('no-such-command', {})).toBeUndefined();
  });
});
