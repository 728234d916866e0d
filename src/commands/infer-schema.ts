import path from 'node:path';
import { Document, isMap } from 'yaml';
import { usageError } from '../domain/errors.js';
import { SchemaInferrer } from '../domain/validation/infer.js';
import { resolveDataFiles } from '../io/data/files.js';
import { readDataset } from '../io/data/read-dataset.js';
import { ReadProgress } from '../io/data/read-progress.js';
import { stringOption } from './invocation.js';
import { jsonOption } from './options.js';
import type { Command, CommandContext, CommandResult, Invocation } from './types.js';

export const inferSchemaCommand: Command = {
  spec: {
    name: 'infer-schema',
    summary: 'Propose the datasets[].columns block of mlgate.yml from data.',
    positionals: '<files...>',
    options: [jsonOption, { name: 'name', type: 'string', description: 'Dataset name for the proposed block (default: the first file name without extension).' }],
    outputs: [],
    stepAction: false,
  },
  async run(invocation: Invocation, context: CommandContext): Promise<CommandResult> {
    const patterns = invocation.positionals;
    if (patterns.length === 0) throw usageError("'mlgate infer-schema' needs data files or globs, e.g. mlgate infer-schema data/train/*.parquet");
    const files = await resolveDataFiles(patterns, context.cwd, 'infer-schema', context.cwd);
    const inferrer = new SchemaInferrer();
    const progress = await ReadProgress.start(context.progress, 'reading', files);
    try {
      await readDataset(files, {}, inferrer, progress);
    } finally {
      progress?.end();
    }
    const name = stringOption(invocation, 'name') ?? path.basename(files[0]!.name).replace(/(\.[a-z]+)?(\.gz)?$/i, '');
    const columns = inferrer.columns();
    const dataset = { name, path: patterns.length === 1 ? patterns[0]! : [...patterns], columns };
    const doc = new Document({ datasets: [dataset] });
    // one line per column: `age: { type: integer, min: 0, max: 120 }`
    for (const column of Object.keys(columns)) {
      const node = doc.getIn(['datasets', 0, 'columns', column], true);
      if (isMap(node)) node.flow = true;
    }
    const yaml = doc.toString({ lineWidth: 0 });
    return {
      exitCode: 0,
      text: `# Proposed from ${files.length} file${files.length === 1 ? '' : 's'}, ${inferrer.rows} rows. Review before committing.\n${yaml}`,
      json: dataset,
    };
  },
};
