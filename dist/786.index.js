export const id = 786;
export const ids = [786];
export const modules = {

/***/ 51786:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAction: () => (/* binding */ runAction)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/domain/errors.ts
var errors = __webpack_require__(10241);
;// CONCATENATED MODULE: ./src/adapters/actions/inputs.ts


const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
/**
 * One typed settings object from the step's inputs (actions/checkout's input-helper).
 * Defaults from the spec apply when the runner did not pass one (e.g. `node dist/index.js` by hand).
 */
function readInputs(spec, getInput = (n) => core/* getInput */.V4(n)) {
    const options = {};
    for (const o of spec.options) {
        if (o.only === 'cli')
            continue;
        let raw = getInput(o.name);
        if (raw === '' && o.default !== undefined && !o.default.startsWith('${{'))
            raw = o.default;
        if (o.type === 'boolean') {
            if (raw === '')
                continue;
            if (TRUE.includes(raw))
                options[o.name] = true;
            else if (FALSE.includes(raw))
                options[o.name] = false;
            else
                throw (0,errors/* usageError */.Wp)(`input '${o.name}' is '${raw}'; expected true or false`);
        }
        else if (raw !== '') {
            options[o.name] = raw;
        }
    }
    return { command: spec.name, options, positionals: [], surface: 'action' };
}

;// CONCATENATED MODULE: ./src/adapters/actions/log.ts

/** Workflow-command log: warnings and errors become annotations. */
const actionsLog = {
    info: (m) => core/* info */.pq(m),
    debug: (m) => core/* debug */.Yz(m),
    warning: (m, a) => core/* warning */.$e(m, a ?? {}),
    error: (m, a) => core/* error */.z3(m, a ?? {}),
};

// EXTERNAL MODULE: ./src/adapters/actions/summary.ts + 1 modules
var actions_summary = __webpack_require__(91858);
// EXTERNAL MODULE: ./src/adapters/github-context.ts
var github_context = __webpack_require__(98487);
// EXTERNAL MODULE: ./src/commands/index.ts
var commands = __webpack_require__(52698);
// EXTERNAL MODULE: ./src/commands/options.ts
var options = __webpack_require__(26052);
// EXTERNAL MODULE: ./src/domain/text.ts
var domain_text = __webpack_require__(3373);
// EXTERNAL MODULE: ./src/run-command.ts
var run_command = __webpack_require__(92530);
;// CONCATENATED MODULE: ./src/action.ts










/**
 * The action entry. The root action picks the command from input `command`;
 * each step action passes its own command name.
 */
async function runAction(fixedCommand) {
    const env = process.env;
    const name = fixedCommand ?? (core/* getInput */.V4(options/* Opt */.e3.Command) || 'check');
    const command = await (0,commands/* loadCommand */.y)(name, env);
    if (!command) {
        const guess = (0,domain_text/* closest */.k)(name, commands/* commandEntries */.C.map((c) => c.name));
        return fail(2, `input 'command' is '${name}'; expected one of ${commands/* commandEntries */.C.map((c) => c.name).join(', ')}${guess ? ` (did you mean '${guess}'?)` : ''}`);
    }
    let invocation;
    try {
        invocation = readInputs(command.spec);
    }
    catch (error) {
        if ((0,errors/* isMlgateError */.Bn)(error))
            return fail(2, error.oneLine());
        throw error;
    }
    const token = typeof invocation.options[options/* Opt */.e3.GithubToken] === 'string' ? invocation.options[options/* Opt */.e3.GithubToken] : undefined;
    if (token)
        core/* setSecret */.Pq(token);
    const summary = (0,actions_summary/* jobSummary */.s)(env);
    const context = {
        cwd: process.cwd(),
        env,
        log: actionsLog,
        summary,
        inActions: env.GITHUB_ACTIONS === 'true',
        github: (0,github_context/* githubContextFromEnv */.S)(env, token),
    };
    const outcome = await (0,run_command/* runCommand */.d1)(command, invocation, context);
    if (outcome.kind === 'error') {
        const [first, ...rest] = (0,run_command/* errorLines */.S6)(outcome.error);
        for (const line of rest)
            core/* info */.pq(line);
        const stack = (0,run_command/* errorStack */.jK)(outcome.error);
        if (stack)
            core/* debug */.Yz(stack);
        return fail(2, first ?? 'failed');
    }
    const { result } = outcome;
    for (const [key, value] of Object.entries(result.outputs ?? {}))
        core/* setOutput */.uH(key, value);
    if (result.text)
        core/* info */.pq(result.text);
    if (result.markdown && summary.available)
        await summary.write(result.markdown);
    if (result.exitCode !== 0)
        return fail(result.exitCode, result.failure ?? `mlgate ${name} exited ${result.exitCode}`);
    return 0;
}
function fail(code, message) {
    core/* setFailed */.C1(message);
    process.exitCode = code;
    return code;
}


/***/ }),

/***/ 26052:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ec: () => (/* binding */ jsonOption),
/* harmony export */   HI: () => (/* binding */ modelOption),
/* harmony export */   KJ: () => (/* binding */ configOption),
/* harmony export */   Pc: () => (/* binding */ tokenOption),
/* harmony export */   SV: () => (/* binding */ dryRunOption),
/* harmony export */   XS: () => (/* binding */ storeOption),
/* harmony export */   dp: () => (/* binding */ environmentOption),
/* harmony export */   e3: () => (/* binding */ Opt),
/* harmony export */   jW: () => (/* binding */ commentOption),
/* harmony export */   kq: () => (/* binding */ datasetOption)
/* harmony export */ });
/* unused harmony export common */
/** Input and option names, as constants (actions/cache style). */
const Opt = {
    Command: 'command',
    Config: 'config',
    Json: 'json',
    Model: 'model',
    Dataset: 'dataset',
    Environment: 'environment',
    Version: 'version',
    To: 'to',
    Reason: 'reason',
    DryRun: 'dry-run',
    Force: 'force',
    DeployCommand: 'deploy-command',
    AutoRollback: 'auto-rollback',
    Store: 'store',
    Comment: 'comment',
    GithubToken: 'github-token',
    Results: 'results',
    Out: 'out',
    Shard: 'shard',
    Uri: 'uri',
    Files: 'files',
    Limit: 'limit',
    Upload: 'upload',
    Artifacts: 'artifacts',
};
const configOption = { name: Opt.Config, type: 'string', default: 'mlgate.yml', description: 'Path to the mlgate config file.' };
const jsonOption = { name: Opt.Json, type: 'string', description: 'Write the machine-readable result to this path.' };
const modelOption = { name: Opt.Model, type: 'string', description: 'Model name from the config (required when the config has more than one).' };
const datasetOption = { name: Opt.Dataset, type: 'string', description: 'Only this dataset from the config (default: all).' };
const environmentOption = { name: Opt.Environment, type: 'string', description: "Environment to act on (default: the model's `environment`, else production)." };
const storeOption = {
    name: Opt.Store,
    type: 'string',
    default: 'auto',
    description: 'Release store: `github` (Deployments API), `local` (.mlgate/releases.json) or `auto` (github inside Actions with a token, else local).',
};
const tokenOption = {
    name: Opt.GithubToken,
    type: 'string',
    default: '${{ github.token }}',
    only: 'action',
    description: 'Token for the GitHub API. Needs `pull-requests: write` to comment and `deployments: write` to release.',
};
const dryRunOption = { name: Opt.DryRun, type: 'boolean', default: 'false', description: 'Say what would change, change nothing.' };
const commentOption = {
    name: Opt.Comment,
    type: 'string',
    default: 'auto',
    description: 'Post the sticky PR comment: `auto` (on pull_request events), `true`, `false`, or `recreate` (delete and re-post at the bottom).',
};
const common = [configOption, jsonOption];


/***/ })

};
