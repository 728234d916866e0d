export { alignPayload, examplePayload, type EventChoice, type PullChoice } from './events.js';
export { NODE_VERSIONS, nodeBinary, type NodeMajor } from './node.js';
export { actionDir, inputVariable, readActionYml, REPO_ROOT, runAction, spawnCollect, type ActionRun, type ActionRunOptions } from './run-action.js';
export { runCli, type CliRun, type CliRunOptions } from './run-cli.js';
export { annotationsOf, keptAnnotations, parseKeyValueFile, parseWorkflowCommands, type Annotation, type WorkflowCommand } from './workflow-commands.js';
