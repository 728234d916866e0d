import { checkCommand } from './check.js';
import { compareCommand } from './compare.js';
import { historyCommand } from './history.js';
import { inferSchemaCommand } from './infer-schema.js';
import { mergeProfilesCommand } from './merge-profiles.js';
import { monitorCommand } from './monitor.js';
import { profileCommand } from './profile.js';
import { promoteCommand } from './promote.js';
import { reportCommand } from './report.js';
import { rollbackCommand } from './rollback.js';
import type { Command } from './types.js';
import { validateCommand } from './validate.js';
import { verifyEvidenceCommand } from './verify-evidence.js';

/** Every command, loaded eagerly: for scripts and tests. The entry points use the lazy `index.ts`. */
export const commands: readonly Command[] = [
  validateCommand,
  profileCommand,
  mergeProfilesCommand,
  inferSchemaCommand,
  compareCommand,
  reportCommand,
  checkCommand,
  promoteCommand,
  rollbackCommand,
  historyCommand,
  verifyEvidenceCommand,
  monitorCommand,
];

export function findCommand(name: string): Command | undefined {
  return commands.find((c) => c.spec.name === name);
}
