import { createReleaseStore, loadReleases, parseStoreChoice } from '../adapters/release-store.js';
import { usageError } from '../domain/errors.js';
import { buildHistory, renderHistoryTable } from '../domain/release/history.js';
import { chooseEnvironment } from './environment.js';
import { untilLive, type Release } from '../domain/release/state.js';
import { loadConfig, optionLabel, selectModel, stringOption } from './invocation.js';
import { configOption, environmentOption, jsonOption, modelOption, Opt, storeOption, tokenOption } from './options.js';
import type { Command, CommandContext, CommandResult, Invocation } from './types.js';

export const historyCommand: Command = {
  spec: {
    name: 'history',
    summary: "List an environment's releases.",
    options: [configOption, jsonOption, modelOption, environmentOption, { name: Opt.Limit, type: 'string', default: '20', description: 'How many releases to list (newest first); `all` for every one.' }, storeOption, tokenOption],
    outputs: [
      { name: 'live-version', description: 'Version live now.' },
      { name: 'live-deployment-id', description: 'Id of the live release.' },
    ],
    stepAction: true,
  },
  async run(inv: Invocation, ctx: CommandContext): Promise<CommandResult> {
    const loaded = await loadConfig(inv, ctx);
    const { config } = loaded;
    // With several models and no --model, list every model's releases in the environment.
    const model = stringOption(inv, Opt.Model) !== undefined || config.models.length === 1 ? selectModel(inv, config) : undefined;
    const environment = chooseEnvironment(inv, loaded, model?.environment ?? 'production', ctx.cwd);
    const limitText = stringOption(inv, Opt.Limit) ?? '20';
    if (limitText !== 'all' && !/^\d+$/.test(limitText)) throw usageError(`${optionLabel(inv, Opt.Limit)} is '${limitText}'; expected a whole number or 'all'`);
    const limit = limitText === 'all' ? undefined : Number(limitText);
    const store = createReleaseStore({ choice: parseStoreChoice(stringOption(inv, Opt.Store), optionLabel(inv, Opt.Store)), cwd: ctx.cwd, github: ctx.github, inActions: ctx.inActions, log: ctx.log });
    // One model: stop reading once `limit` releases and the live one are known (all models: every model's live is needed).
    const enough = model && limit !== undefined ? (rs: readonly Release[]): boolean => rs.length >= limit && untilLive(rs) : undefined;
    const history = buildHistory(await loadReleases(store, environment, model?.name, enough), environment, model?.name, limit);
    const headline = model?.headline ?? (model ? Object.keys(model.gates).filter((g) => !g.includes('*')) : undefined);
    const table = renderHistoryTable(history, headline);
    return {
      exitCode: 0,
      text: table,
      json: { ...history, store: store.kind },
      outputs: { 'live-version': history.live?.version ?? '', 'live-deployment-id': history.live ? String(history.live.id) : '' },
      markdown: `### mlgate history\n\n\`\`\`text\n${table}\`\`\`\n`,
    };
  },
};
