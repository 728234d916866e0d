export const id = 519;
export const ids = [519];
export const modules = {

/***/ 18598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ createCommentSink)
/* harmony export */ });
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10241);
/* harmony import */ var _domain_report_upsert_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(55328);
/* harmony import */ var _domain_report_marker_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(63925);
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55082);
/* harmony import */ var _octokit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96706);
/* harmony import */ var _write_once_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(33943);






const READ_ONLY = 'the token cannot write comments (HTTP 403): a pull request from a fork gets a read-only GITHUB_TOKEN, and a job without `pull-requests: write` cannot comment';
function readOnly(error) {
    const status = (0,_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .httpStatus */ .n)(error);
    if (status === 403)
        return { kind: 'read-only', reason: READ_ONLY };
    return undefined;
}
function githubError(what, error) {
    const status = (0,_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .httpStatus */ .n)(error);
    const message = error instanceof Error ? error.message : String(error);
    return new _domain_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MlgateError */ .Bf('github', `${what} failed${status ? ` (HTTP ${status})` : ''}: ${message}`, { cause: error });
}
/** Sticky PR comments through the REST API: find ours on every page, then create, update or recreate it. */
function createCommentSink(settings) {
    const { github, log } = settings;
    let identity = settings.identity;
    let octokit = settings.octokit;
    const client = () => {
        if (!github.token)
            throw new _domain_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MlgateError */ .Bf('usage', 'commenting needs a GitHub token; set input github-token (or GITHUB_TOKEN for the CLI)');
        octokit ??= (0,_octokit_js__WEBPACK_IMPORTED_MODULE_1__.createOctokit)({ token: github.token, apiUrl: github.apiUrl, log });
        return octokit;
    };
    return {
        async upsert({ issueNumber, key, body, mode }) {
            const repo = github.repository;
            if (!repo)
                return { kind: 'skipped', reason: 'no repository (GITHUB_REPOSITORY is not set)' };
            const api = client();
            const where = { owner: repo.owner, repo: repo.repo, issue_number: issueNumber };
            identity ??= await (0,_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .tokenIdentity */ .s)(api).catch((error) => {
                throw githubError('finding the token identity (GET /user)', error);
            });
            log.debug(`comment identity: ${identity.logins.join(', ')} (${identity.source})`);
            const comments = [];
            try {
                for await (const page of api.paginate.iterator(api.rest.issues.listComments, { ...where, per_page: 100 })) {
                    for (const c of page.data)
                        comments.push({ id: c.id, body: c.body, author: c.user?.login ?? null, app: c.performed_via_github_app?.slug ?? null, url: c.html_url });
                }
            }
            catch (error) {
                const ro = readOnly(error);
                if (ro)
                    return ro;
                throw githubError(`listing the comments of #${issueNumber}`, error);
            }
            const plan = (0,_domain_report_upsert_js__WEBPACK_IMPORTED_MODULE_3__/* .planUpsert */ .Vy)({ comments, key, identity, body, mode });
            // A create whose answer was lost (5xx, timeout) may have been made: read back before posting again.
            const create = async () => {
                const made = await (0,_write_once_js__WEBPACK_IMPORTED_MODULE_4__/* .writeOnce */ .F)({
                    send: async () => (await api.rest.issues.createComment({ ...where, body })).data,
                    find: async () => {
                        const seen = new Set(comments.map((c) => c.id));
                        for await (const page of api.paginate.iterator(api.rest.issues.listComments, { ...where, per_page: 100 })) {
                            const made = page.data.find((c) => !seen.has(c.id) && (0,_domain_report_marker_js__WEBPACK_IMPORTED_MODULE_5__/* .hasMarker */ .xY)(c.body, key) && (c.body ?? '').trimEnd() === body.trimEnd());
                            if (made)
                                return made;
                        }
                        return undefined;
                    },
                });
                // The author of what we made is exactly who we are: later upserts by this sink need no guessing.
                if (made.user?.login)
                    identity = { logins: [made.user.login], source: 'created' };
                return made;
            };
            try {
                const remove = async (ids) => {
                    for (const id of ids) {
                        await api.rest.issues.deleteComment({ owner: repo.owner, repo: repo.repo, comment_id: id }).catch((error) => {
                            if ((0,_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .httpStatus */ .n)(error) !== 404)
                                throw error;
                        });
                    }
                };
                // Duplicates left by an earlier race go first; for recreate, the old ones go only once the new one exists.
                if (plan.kind !== 'recreate')
                    await remove(plan.deleteIds);
                switch (plan.kind) {
                    case 'unchanged':
                        return { kind: 'unchanged', id: plan.id, url: plan.url ?? '' };
                    case 'update': {
                        try {
                            const { data } = await api.rest.issues.updateComment({ owner: repo.owner, repo: repo.repo, comment_id: plan.id, body });
                            return { kind: 'updated', id: data.id, url: data.html_url };
                        }
                        catch (error) {
                            if ((0,_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .httpStatus */ .n)(error) !== 404)
                                throw error;
                            // Deleted between listing and updating: post a new one.
                            const data = await create();
                            return { kind: 'created', id: data.id, url: data.html_url };
                        }
                    }
                    case 'create': {
                        const data = await create();
                        return { kind: 'created', id: data.id, url: data.html_url };
                    }
                    case 'recreate': {
                        const data = await create();
                        await remove(plan.deleteIds);
                        const deletedId = plan.deleteIds[0];
                        return deletedId === undefined ? { kind: 'created', id: data.id, url: data.html_url } : { kind: 'recreated', id: data.id, url: data.html_url, deletedId };
                    }
                }
            }
            catch (error) {
                const ro = readOnly(error);
                if (ro)
                    return ro;
                throw githubError(`writing the comment on #${issueNumber}`, error);
            }
        },
    };
}


/***/ }),

/***/ 50811:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ chooseEnvironment)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10241);
/* harmony import */ var _domain_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3373);
/* harmony import */ var _invocation_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58386);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(26052);





/** The environments a config knows: those it declares under `environments:`, and where its models release. */
function knownEnvironments(config) {
    return [...new Set([...Object.keys(config.environments ?? {}), ...config.models.map((m) => m.environment)])];
}
/**
 * The environment a release command acts in: `environment` when given, else `fallback` (the model's). When the
 * config declares environments, a name it does not know is refused (a typo would otherwise record releases in an
 * environment without the protection rules of the intended one); a config that declares none accepts any name.
 */
function chooseEnvironment(inv, loaded, fallback, cwd) {
    const environment = (0,_invocation_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOption */ .Pp)(inv, _options_js__WEBPACK_IMPORTED_MODULE_3__/* .Opt */ .e3.Environment) ?? fallback;
    const declared = Object.keys(loaded.config.environments ?? {});
    if (declared.length === 0)
        return environment;
    const known = knownEnvironments(loaded.config);
    if (known.includes(environment))
        return environment;
    const guess = (0,_domain_text_js__WEBPACK_IMPORTED_MODULE_4__/* .closest */ .k)(environment, known);
    const file = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(cwd, loaded.file) || loaded.file;
    throw (0,_domain_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`${(0,_invocation_js__WEBPACK_IMPORTED_MODULE_2__/* .optionLabel */ .ed)(inv, _options_js__WEBPACK_IMPORTED_MODULE_3__/* .Opt */ .e3.Environment)} is '${environment}', which ${file} does not declare${guess ? `; did you mean '${guess}'?` : ''} Known environments: ${known.join(', ')} (add it under environments: in ${file} to release there)`);
}


/***/ }),

/***/ 50519:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createRollbackCommand: () => (/* binding */ createRollbackCommand),
  rollbackCommand: () => (/* binding */ rollbackCommand)
});

// EXTERNAL MODULE: ./src/adapters/github/comments.ts
var comments = __webpack_require__(18598);
// EXTERNAL MODULE: ./src/adapters/release-store.ts + 5 modules
var release_store = __webpack_require__(39300);
// EXTERNAL MODULE: ./src/domain/report/escape.ts
var report_escape = __webpack_require__(33576);
// EXTERNAL MODULE: ./src/domain/report/marker.ts
var marker = __webpack_require__(63925);
;// CONCATENATED MODULE: ./src/domain/release/comment.ts


/** The comment key of the note on the PR that introduced a reverted release (reruns update it, never duplicate). */
function rollbackCommentKey(reverted) {
    return `rollback-${reverted.id}`;
}
/** Markdown for the PR that introduced the reverted release; names, versions and the reason are untrusted. */
function rollbackCommentBody(input) {
    const { reverted, restored } = input;
    return [
        (0,marker/* marker */.xL)(rollbackCommentKey(reverted)),
        `### ⏪ mlgate rolled back ${(0,report_escape/* text */.Qq)(reverted.payload.model.name)} ${(0,report_escape/* text */.Qq)(reverted.payload.model.version)} in ${(0,report_escape/* text */.Qq)(input.environment)}`,
        '',
        `The release this pull request introduced (deployment ${reverted.id}) was rolled back to ${(0,report_escape/* text */.Qq)(restored.payload.model.version)} (deployment ${restored.id}, restored as deployment ${input.newId}).`,
        '',
        `**Reason:** ${(0,report_escape/* text */.Qq)(input.reason, { max: 500 })}`,
        ...(input.runUrl ? ['', `[Rollback run](${encodeURI(input.runUrl)})`] : []),
        '',
    ].join('\n');
}

// EXTERNAL MODULE: ./src/domain/release/plan.ts
var release_plan = __webpack_require__(20171);
// EXTERNAL MODULE: ./src/domain/release/state.ts
var state = __webpack_require__(99583);
// EXTERNAL MODULE: ./src/commands/environment.ts
var commands_environment = __webpack_require__(50811);
// EXTERNAL MODULE: ./src/commands/invocation.ts + 2 modules
var invocation = __webpack_require__(58386);
// EXTERNAL MODULE: ./src/commands/options.ts
var options = __webpack_require__(26052);
;// CONCATENATED MODULE: ./src/commands/rollback.ts








const spec = {
    name: 'rollback',
    summary: 'Revert an environment to an earlier release.',
    options: [
        options/* configOption */.KJ, options/* jsonOption */.Ec, options/* modelOption */.HI, options/* environmentOption */.dp,
        { name: options/* Opt */.e3.To, type: 'string', default: 'previous', description: 'previous, a version, or a deployment id.' },
        { name: options/* Opt */.e3.Reason, type: 'string', description: 'Why (recorded on the reverted release as "rolled back: <reason>").' },
        options/* dryRunOption */.SV, options/* storeOption */.XS, options/* tokenOption */.Pc,
    ],
    outputs: [
        { name: 'version', description: 'Restored model version.' },
        { name: 'uri', description: 'Restored model URI.' },
        { name: 'sha', description: 'Commit of the restored release.' },
        { name: 'artifact-name', description: 'Artifact of the restored release.' },
        { name: 'artifact-run-id', description: 'Run that holds that artifact.' },
        { name: 'deployment-id', description: 'Id of the new deployment.' },
        { name: 'rolled-back-version', description: 'Version that was reverted.' },
    ],
    stepAction: true,
};
function refused(reason) {
    return { exitCode: 1, text: `Refused: ${reason} Nothing changed.`, json: { outcome: 'refused', reason }, failure: reason, markdown: `### mlgate rollback\n\nRefused: ${reason} Nothing changed.\n` };
}
/** A rerun of a rollback that already happened: report the restored release again, change nothing. */
function rerun(live, reason, releases) {
    const p = live.payload;
    const reverted = releases.find((r) => r.id === p.rollback_of);
    const artifact = p.artifact ? { name: p.artifact.name, run_id: p.artifact.run_id ?? null } : null;
    const json = { outcome: 'already-rolled-back', deployment_id: live.id, version: p.model.version, uri: p.model.uri ?? null, sha: live.sha, artifact, target_deployment_id: live.id, rolled_back_deployment_id: p.rollback_of ?? 0, rolled_back_version: reverted?.payload.model.version ?? '', reason: p.rollback_reason ?? '', comment: 'rerun: no new comment' };
    return {
        exitCode: 0,
        text: reason,
        json,
        outputs: { version: p.model.version, uri: p.model.uri ?? '', sha: live.sha, 'artifact-name': artifact?.name ?? '', 'artifact-run-id': artifact?.run_id != null ? String(artifact.run_id) : '', 'deployment-id': String(live.id), 'rolled-back-version': reverted?.payload.model.version ?? '' },
    };
}
async function commentOnPr(sink, reverted, body, log) {
    const pr = reverted.payload.source.pr;
    if (pr === null || pr === undefined)
        return 'no pull request recorded on the reverted release';
    if (!sink)
        return `PR #${pr} not commented: comments go with the GitHub store and a token`;
    try {
        const outcome = await sink.upsert({ issueNumber: pr, key: rollbackCommentKey(reverted), body, mode: 'update' });
        if (outcome.kind === 'read-only' || outcome.kind === 'skipped')
            return `PR #${pr} not commented: ${outcome.reason}`;
        return `PR #${pr} comment ${outcome.kind}: ${outcome.url}`;
    }
    catch (error) {
        const message = `could not comment on PR #${pr}: ${error instanceof Error ? error.message : String(error)}`;
        log.warning(message);
        return message;
    }
}
function createRollbackCommand(deps) {
    return {
        spec,
        async run(inv, ctx) {
            const loaded = await (0,invocation/* loadConfig */.Z9)(inv, ctx);
            const { config } = loaded;
            const model = (0,invocation/* selectModel */.U8)(inv, config);
            const environment = (0,commands_environment/* chooseEnvironment */.H)(inv, loaded, model.environment, ctx.cwd);
            const dryRun = (0,invocation/* booleanOption */.Ic)(inv, options/* Opt */.e3.DryRun);
            const reason = (0,invocation/* stringOption */.Pp)(inv, options/* Opt */.e3.Reason) ?? `rollback by ${ctx.github.actor ?? 'hand'}`;
            const store = (0,release_store.createReleaseStore)({ choice: (0,release_store/* parseStoreChoice */.cm)((0,invocation/* stringOption */.Pp)(inv, options/* Opt */.e3.Store), (0,invocation/* optionLabel */.ed)(inv, options/* Opt */.e3.Store)), cwd: ctx.cwd, github: ctx.github, inActions: ctx.inActions, log: ctx.log });
            const enough = (0,release_plan/* rollbackReadEnough */.hI)((0,invocation/* stringOption */.Pp)(inv, options/* Opt */.e3.To));
            const releases = await (0,release_store/* loadReleases */.ze)(store, environment, model.name, enough);
            const plan = (0,release_plan/* planRollback */.II)({ releases, to: (0,release_plan/* parseRollbackTarget */.Rm)((0,invocation/* stringOption */.Pp)(inv, options/* Opt */.e3.To), releases), reason, ...(ctx.github.runId !== undefined ? { runId: ctx.github.runId } : {}) });
            if (plan.kind === 'refused')
                return refused(plan.reason);
            if (plan.kind === 'noop')
                return rerun(plan.live, plan.reason, releases);
            const { reverted, target } = plan;
            const restored = target.payload;
            const base = {
                version: restored.model.version,
                uri: restored.model.uri ?? null,
                sha: target.sha,
                artifact: restored.artifact ? { name: restored.artifact.name, run_id: restored.artifact.run_id ?? null } : null,
                target_deployment_id: target.id,
                rolled_back_deployment_id: reverted.id,
                rolled_back_version: reverted.payload.model.version,
                reason,
            };
            const outputs = (deploymentId) => ({
                version: base.version,
                uri: base.uri ?? '',
                sha: base.sha,
                'artifact-name': base.artifact?.name ?? '',
                'artifact-run-id': base.artifact?.run_id != null ? String(base.artifact.run_id) : '',
                'deployment-id': deploymentId === null ? '' : String(deploymentId),
                'rolled-back-version': base.rolled_back_version,
            });
            const what = `${model.name} ${reverted.payload.model.version} (#${reverted.id}) → ${restored.model.version} (#${target.id}) in ${environment}`;
            if (dryRun) {
                const text = `Dry run: would roll back ${what}, marking #${reverted.id} "${plan.revertDescription}". Nothing changed.`;
                return { exitCode: 0, text, json: { outcome: 'dry-run', deployment_id: null, ...base, comment: 'dry run' }, outputs: outputs(null), markdown: `### mlgate rollback\n\n${text}\n` };
            }
            // Someone may have released since we looked: check again before writing anything.
            const early = (0,release_plan/* detectRace */.FL)({ snapshot: plan.snapshot, expectedLiveId: reverted.id, ownId: -1, now: await (0,release_store/* loadReleases */.ze)(store, environment, model.name, enough) });
            if (early)
                return refused(early.message);
            const key = (0,release_store/* idempotencyKey */.T5)(ctx.github);
            const created = await store.create({ environment, ref: plan.ref, payload: { ...plan.payload, idempotency_key: key }, description: plan.description, idempotencyKey: key });
            const logUrl = (0,release_store/* runLogUrl */.lm)(ctx.github);
            await store.setStatus(created.id, { state: 'in_progress', description: (0,state/* describe */.q0)(`restoring ${restored.model.version} (#${target.id})`), ...(logUrl ? { logUrl } : {}) });
            const race = (0,release_plan/* detectRace */.FL)({ snapshot: plan.snapshot, expectedLiveId: reverted.id, ownId: created.id, now: await (0,release_store/* loadReleases */.ze)(store, environment, model.name, enough) });
            if (race) {
                await store.setStatus(created.id, { state: 'error', description: (0,state/* describe */.q0)(`not rolled back: ${race.message}`), ...(logUrl ? { logUrl } : {}) });
                return refused(`${race.message} (this attempt is recorded as deployment #${created.id} with state error; the live release is untouched).`);
            }
            await store.setStatus(reverted.id, { state: 'failure', description: plan.revertDescription });
            await store.setStatus(created.id, { state: 'success', description: (0,state/* describe */.q0)(`${restored.model.name} ${restored.model.version} restored (rollback of #${reverted.id})`), ...(config.environments?.[environment]?.url ? { environmentUrl: config.environments[environment].url } : {}), ...(logUrl ? { logUrl } : {}) });
            await (0,release_store/* markSuperseded */.QX)(store, environment, model.name, { id: created.id, version: restored.model.version }, ctx.log);
            // The note on the PR belongs with GitHub releases; the local store (a laptop, the demo) does not comment.
            const comment = await commentOnPr(store.kind === 'github' ? deps.comments(ctx) : undefined, reverted, rollbackCommentBody({ reverted, restored: target, newId: created.id, reason, environment, runUrl: logUrl }), ctx.log);
            const text = [
                `Rolled back ${what} as deployment #${created.id}.`,
                `#${reverted.id} is marked failure: "${plan.revertDescription}".`,
                `Redeploy: version ${base.version}${base.uri ? `, uri ${base.uri}` : ''}, sha ${base.sha}${base.artifact ? `, artifact ${base.artifact.name}` : ''}.`,
                comment,
            ].join('\n');
            return { exitCode: 0, text, json: { outcome: 'rolled-back', deployment_id: created.id, ...base, comment }, outputs: outputs(created.id), markdown: `### mlgate rollback\n\n${text.replace(/\n/g, '\n\n')}\n` };
        },
    };
}
const rollbackCommand = createRollbackCommand({
    comments: (ctx) => (ctx.github.token && ctx.github.repository ? (0,comments/* createCommentSink */.N)({ github: ctx.github, log: ctx.log }) : undefined),
});


/***/ }),

/***/ 33576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hg: () => (/* binding */ mermaidText),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   UV: () => (/* binding */ mermaidCategory),
/* harmony export */   aY: () => (/* binding */ code)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX, truncate, valueText, stringify */
/* harmony import */ var _shorten_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30738);
/**
 * Escaping of untrusted text (metric, column and file names, data values, reasons) for GitHub-flavoured Markdown.
 *
 * The output of `text()` is safe in a paragraph, a table cell and inside our own inline HTML (`<summary>`, `<code>`):
 * - every ASCII punctuation character that Markdown or HTML gives meaning to becomes a numeric character reference,
 *   which CommonMark never reads as structure (no emphasis, links, images, tables, headings, code, raw HTML, comments);
 * - line breaks and other control characters become spaces, so nothing can start a new block;
 * - a zero-width space after `@`, `#` and before `://` / after `www` stops GitHub's mention, issue-reference and
 *   autolink filters, which run on the rendered text (where references are already decoded);
 * - bidirectional overrides (Trojan-source tricks) are removed; long strings are cut with an ellipsis.
 */

const ZWSP = '\u200B';
/** Characters replaced by a numeric character reference. `&` first so references we add are not re-escaped. */
const PUNCTUATION = /[&<>"'`*_[\]()#!|~\\{}+=:$^]/g;
// C0/C1 controls, DEL, line/paragraph separators.
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g;
// Bidi embeddings/overrides/isolates and the byte-order mark.
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\uFEFF]/g;
/** Text made only of these needs no escaping (the common case: plain names and numbers). */
const SAFE = /^[A-Za-z0-9 ,.%/-]*$/;
const DEFAULT_MAX = 200;
/** Cuts to `max` code points (never inside a surrogate pair) at a word boundary where there is one, appending `…`. */
function truncate(value, max) {
    if (value.length <= max)
        return value;
    return (0,_shorten_js__WEBPACK_IMPORTED_MODULE_0__/* .truncateWords */ .s)(value, max);
}
/** Untrusted text as inert inline Markdown. */
function text(value, options = {}) {
    if (SAFE.test(value) && !/www\./i.test(value) && value.length <= (options.max ?? DEFAULT_MAX))
        return value;
    const clean = truncate(value.replace(BIDI, '').replace(CONTROL, ' '), options.max ?? DEFAULT_MAX);
    return clean
        .replace(/(@|#)/g, `$1${ZWSP}`)
        .replace(/(www)(\.)/gi, `$1${ZWSP}$2`)
        .replace(/:(?=\/\/)/g, `${ZWSP}:`)
        .replace(PUNCTUATION, (c) => `&#${c.charCodeAt(0)};`);
}
/** Any value (a data value, an observed/expected value) as inline text: strings as they are, others as JSON. */
function valueText(value, options = {}) {
    return text(stringify(value), options);
}
/** A value in `<code>`, or an italic placeholder for empty / missing values. */
function code(value, options = {}) {
    if (value === undefined)
        return '_missing_';
    if (value === null)
        return '_null_';
    const s = stringify(value);
    if (s === '')
        return '_empty_';
    return `<code>${text(s, options)}</code>`;
}
function stringify(value) {
    if (typeof value === 'string')
        return value;
    if (value === undefined)
        return '';
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
        return String(value);
    try {
        return JSON.stringify(value) ?? typeof value;
    }
    catch {
        return typeof value;
    }
}
/**
 * Text for a quoted Mermaid string (`"…"`), e.g. an axis label or a title. Mermaid reads `#…;` as an entity and
 * renders HTML in labels, and a backtick line could end the code fence: keep a small safe alphabet only.
 */
function mermaidText(value, max = 24) {
    const kept = value
        .replace(BIDI, '')
        .replace(/[^A-Za-z0-9 ._+/-]/g, '_')
        .replace(/\s+/g, ' ')
        .trim();
    return truncate(kept, max) || '_';
}
/**
 * A category value as a Mermaid axis label: letters and digits of any script (NFC) and a few safe marks; quotes,
 * brackets, `%%`, `#`, `;`, line breaks, combining marks, bidi and zero-width characters become `_`.
 */
function mermaidCategory(value, max = 14) {
    const kept = value
        .normalize('NFC')
        .replace(BIDI, '')
        .replace(/[^\p{L}\p{N} ._+/-]/gu, '_')
        .replace(/\s+/g, ' ')
        .trim();
    return truncate(kept, max) || '_';
}


/***/ }),

/***/ 47364:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KN: () => (/* binding */ percent),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   U9: () => (/* binding */ count),
/* harmony export */   bu: () => (/* binding */ num),
/* harmony export */   sp: () => (/* binding */ pValue),
/* harmony export */   uM: () => (/* binding */ share),
/* harmony export */   x8: () => (/* binding */ signed)
/* harmony export */ });
/** Number formatting for the report: compact, sign-aware, never `NaN` on the page. */
const MINUS = '−';
/** A metric value: 4 significant digits below 1000, grouped thousands above. */
function num(value) {
    if (value === null || value === undefined)
        return '—';
    if (!Number.isFinite(value))
        return Number.isNaN(value) ? 'NaN' : value > 0 ? '∞' : `${MINUS}∞`;
    const abs = Math.abs(value);
    let s;
    if (abs === 0)
        s = '0';
    else if (abs >= 1000)
        s = groupThousands(abs.toFixed(abs >= 100_000 ? 0 : 1).replace(/\.0$/, ''));
    else if (abs < 1e-4)
        s = abs.toExponential(2);
    else
        s = trimZeros(abs.toPrecision(4));
    return value < 0 ? `${MINUS}${s}` : s;
}
/** A difference, always signed (`+0.012`, `−3.1`, `±0`). */
function signed(value) {
    if (value === null || value === undefined)
        return '—';
    if (value === 0)
        return '±0';
    const s = num(value);
    return value > 0 ? `+${s}` : s;
}
/** A relative difference as a signed percentage. */
function percent(fraction, digits = 2) {
    if (fraction === null || fraction === undefined || !Number.isFinite(fraction))
        return '—';
    if (fraction === 0)
        return '±0%';
    const s = trimZeros((Math.abs(fraction) * 100).toFixed(digits));
    return `${fraction > 0 ? '+' : MINUS}${s}%`;
}
/** A share of a whole (0.0123 → `1.23%`). */
function share(fraction) {
    if (!Number.isFinite(fraction))
        return '—';
    if (fraction > 0 && fraction < 0.0001)
        return '<0.01%';
    return `${trimZeros((fraction * 100).toFixed(2))}%`;
}
function count(n) {
    return Number.isFinite(n) ? groupThousands(String(Math.round(n))) : '—';
}
function pValue(p) {
    if (!Number.isFinite(p))
        return '—';
    if (p < 0.001)
        return '<0.001';
    return trimZeros(p.toFixed(3));
}
function plural(n, one, many = `${one}s`) {
    return `${count(n)} ${n === 1 ? one : many}`;
}
function trimZeros(s) {
    return s.includes('.') && !s.includes('e') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}
function groupThousands(s) {
    const [int = '', frac] = s.split('.');
    const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return frac === undefined ? grouped : `${grouped}.${frac}`;
}


/***/ }),

/***/ 63925:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pt: () => (/* binding */ sanitizeKey),
/* harmony export */   Td: () => (/* binding */ commentKey),
/* harmony export */   xL: () => (/* binding */ marker),
/* harmony export */   xY: () => (/* binding */ hasMarker)
/* harmony export */ });
/** The hidden marker that identifies our sticky comment: `<!-- mlgate:<key> -->` on the first line. */
/** A key as it may appear inside an HTML comment: a small alphabet, no `--`, no `>`. */
function sanitizeKey(key) {
    const s = key
        .toLowerCase()
        .replace(/[^a-z0-9._/]+/g, '-')
        .replace(/-{2,}/g, '-')
        .replace(/^[-/]+|[-/]+$/g, '');
    return s.slice(0, 100) || 'default';
}
/** Key from the workflow and model (`report.comment_key` in the config overrides it). */
function commentKey(options) {
    if (options.override !== undefined && options.override.trim() !== '')
        return sanitizeKey(options.override);
    return sanitizeKey([options.workflow ?? 'mlgate', options.model ?? 'report'].join('/'));
}
function marker(key) {
    return `<!-- mlgate:${sanitizeKey(key)} -->`;
}
/** Whether a comment body is the one for `key`: the marker must be the body's first line, exactly. */
function hasMarker(body, key) {
    if (!body)
        return false;
    const first = body.split('\n', 1)[0]?.replace(/\r$/, '').trim();
    return first === marker(key);
}


/***/ }),

/***/ 30738:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ listWithMore),
/* harmony export */   s: () => (/* binding */ truncateWords)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47364);
/** Shortening that never cuts a name or a word: lists end in "and N more", text ends at a word boundary. */

/**
 * Whole items joined with ", " while they fit in `maxChars` (at least `minItems`), then "and N more".
 * An item is never cut: a list of long names shows fewer names, not pieces of them.
 */
function listWithMore(items, maxChars, minItems = 1) {
    if (items.length === 0)
        return '';
    const shown = [];
    let length = 0;
    for (const item of items) {
        const rest = items.length - shown.length - 1;
        const tail = rest > 0 ? ` and ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9)(rest)} more`.length : 0;
        const add = (shown.length ? 2 : 0) + item.length;
        if (shown.length >= minItems && length + add + tail > maxChars)
            break;
        shown.push(item);
        length += add;
    }
    const more = items.length - shown.length;
    if (more === 0)
        return shown.length === 1 ? shown[0] : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
    return `${shown.join(', ')} and ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9)(more)} more`;
}
/** Cuts `value` to at most `max` code points at a word boundary (space or punctuation), adding `…`. */
function truncateWords(value, max) {
    const points = Array.from(value);
    if (points.length <= max)
        return value;
    const head = points.slice(0, Math.max(1, max - 1));
    // Back off to the end of a word in the last third; a single very long token is cut where it must be.
    for (let i = head.length - 1; i >= Math.floor(head.length * 0.66); i--) {
        if (/\s/u.test(points[i + 1] ?? '') && !/\s/u.test(points[i]))
            return `${head.slice(0, i + 1).join('').replace(/[,;:]$/u, '')}…`;
    }
    return `${head.join('')}…`;
}


/***/ })

};
