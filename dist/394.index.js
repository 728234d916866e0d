export const id = 394;
export const ids = [394,524];
export const modules = {

/***/ 18598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ createCommentSink)
/* harmony export */ });
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10241);
/* harmony import */ var _domain_report_upsert_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(55328);
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55082);
/* harmony import */ var _octokit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96706);




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
                        comments.push({ id: c.id, body: c.body, author: c.user?.login ?? null, url: c.html_url });
                }
            }
            catch (error) {
                const ro = readOnly(error);
                if (ro)
                    return ro;
                throw githubError(`listing the comments of #${issueNumber}`, error);
            }
            const plan = (0,_domain_report_upsert_js__WEBPACK_IMPORTED_MODULE_3__/* .planUpsert */ .Vy)({ comments, key, identity, body, mode });
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
                            const { data } = await api.rest.issues.createComment({ ...where, body });
                            return { kind: 'created', id: data.id, url: data.html_url };
                        }
                    }
                    case 'create': {
                        const { data } = await api.rest.issues.createComment({ ...where, body });
                        return { kind: 'created', id: data.id, url: data.html_url };
                    }
                    case 'recreate': {
                        const { data } = await api.rest.issues.createComment({ ...where, body });
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

/***/ 55082:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ httpStatus),
/* harmony export */   s: () => (/* binding */ tokenIdentity)
/* harmony export */ });
/* harmony import */ var _domain_report_upsert_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55328);

function httpStatus(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/**
 * The token's own identity. GET /user answers for a personal access token (or a user-to-server token); the Actions
 * GITHUB_TOKEN (an installation token) gets 403 "Resource not accessible by integration", and comments made with it
 * are authored by `github-actions[bot]`.
 */
async function tokenIdentity(octokit) {
    try {
        const { data } = await octokit.rest.users.getAuthenticated();
        return { logins: [data.login], source: 'user' };
    }
    catch (error) {
        const status = httpStatus(error);
        if (status === 403 || status === 401 || status === 404)
            return { logins: [_domain_report_upsert_js__WEBPACK_IMPORTED_MODULE_0__/* .ACTIONS_BOT */ .aX], source: 'actions-token' };
        throw error;
    }
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
// EXTERNAL MODULE: ./src/adapters/release-store.ts + 2 modules
var release_store = __webpack_require__(45679);
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
            const { config } = await (0,invocation/* loadConfig */.Z9)(inv, ctx);
            const model = (0,invocation/* selectModel */.U8)(inv, config);
            const environment = (0,invocation/* stringOption */.Pp)(inv, options/* Opt */.e3.Environment) ?? model.environment;
            const dryRun = (0,invocation/* booleanOption */.Ic)(inv, options/* Opt */.e3.DryRun);
            const reason = (0,invocation/* stringOption */.Pp)(inv, options/* Opt */.e3.Reason) ?? `rollback by ${ctx.github.actor ?? 'hand'}`;
            const store = (0,release_store.createReleaseStore)({ choice: (0,release_store/* parseStoreChoice */.cm)((0,invocation/* stringOption */.Pp)(inv, options/* Opt */.e3.Store), (0,invocation/* optionLabel */.ed)(inv, options/* Opt */.e3.Store)), cwd: ctx.cwd, github: ctx.github, inActions: ctx.inActions, log: ctx.log });
            const releases = await (0,release_store/* loadReleases */.ze)(store, environment, model.name);
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
            const early = (0,release_plan/* detectRace */.FL)({ snapshot: plan.snapshot, expectedLiveId: reverted.id, ownId: -1, now: await (0,release_store/* loadReleases */.ze)(store, environment, model.name) });
            if (early)
                return refused(early.message);
            const created = await store.create({ environment, ref: plan.ref, payload: plan.payload, description: plan.description });
            const logUrl = (0,release_store/* runLogUrl */.lm)(ctx.github);
            await store.setStatus(created.id, { state: 'in_progress', description: (0,state/* describe */.q0)(`restoring ${restored.model.version} (#${target.id})`), ...(logUrl ? { logUrl } : {}) });
            const race = (0,release_plan/* detectRace */.FL)({ snapshot: plan.snapshot, expectedLiveId: reverted.id, ownId: created.id, now: await (0,release_store/* loadReleases */.ze)(store, environment, model.name) });
            if (race) {
                await store.setStatus(created.id, { state: 'error', description: (0,state/* describe */.q0)(`not rolled back: ${race.message}`) });
                return refused(`${race.message} (this attempt is recorded as deployment #${created.id} with state error; the live release is untouched).`);
            }
            await store.setStatus(reverted.id, { state: 'failure', description: plan.revertDescription });
            await store.setStatus(created.id, { state: 'success', description: (0,state/* describe */.q0)(`${restored.model.name} ${restored.model.version} restored (rollback of #${reverted.id})`), ...(config.environments?.[environment]?.url ? { environmentUrl: config.environments[environment].url } : {}), ...(logUrl ? { logUrl } : {}) });
            await (0,release_store/* markSuperseded */.QX)(store, environment, model.name, created.id, ctx.log);
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

/***/ 20524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cy: () => (/* binding */ readReleasePayload),
/* harmony export */   OT: () => (/* binding */ RELEASE_TASK),
/* harmony export */   fC: () => (/* binding */ releasePayloadSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38816);

/** The versioned payload mlgate writes on every deployment it creates (SPEC §6). */
const RELEASE_TASK = 'deploy:mlgate';
const releasePayloadSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    mlgate: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(1),
    model: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        version: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        uri: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().optional(),
        digest: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().optional(),
    }),
    metrics: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nullable()).default({}),
    gate: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        verdict: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['pass', 'fail', 'warn', 'none']),
        report_sha256: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().optional(),
        forced: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional(),
    })
        .nullable()
        .optional(),
    source: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        sha: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().optional(),
        pr: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nullable().optional(),
        run_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nullable().optional(),
        actor: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().optional(),
    })
        .default({}),
    artifact: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), run_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nullable().optional() }).nullable().optional(),
    rollback_of: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nullable().default(null),
    /** Why the release this one replaced was rolled back (set on rollback deployments only). */
    rollback_reason: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    /** The workflow run that made this rollback (a rerun of that run is then a no-op). */
    rollback_run_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nullable().optional(),
    /** Reference profile of the training data stored with the release (drift against `production`). */
    profile: zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J().optional(),
});
/** A deployment's payload as mlgate's, or undefined when it is not one of ours. */
function readReleasePayload(payload) {
    let value = payload;
    if (typeof value === 'string') {
        try {
            value = JSON.parse(value);
        }
        catch {
            return undefined;
        }
    }
    const parsed = releasePayloadSchema.safeParse(value);
    return parsed.success ? parsed.data : undefined;
}


/***/ }),

/***/ 33576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hg: () => (/* binding */ mermaidText),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   Ru: () => (/* binding */ valueText),
/* harmony export */   aY: () => (/* binding */ code)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX, truncate, stringify */
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
/** Cuts to `max` code points (never inside a surrogate pair), appending `…` when cut. */
function truncate(value, max) {
    if (value.length <= max)
        return value;
    const points = Array.from(value);
    if (points.length <= max)
        return value;
    return `${points.slice(0, Math.max(1, max - 1)).join('')}…`;
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


/***/ }),

/***/ 63925:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Td: () => (/* binding */ commentKey),
/* harmony export */   xL: () => (/* binding */ marker),
/* harmony export */   xY: () => (/* binding */ hasMarker)
/* harmony export */ });
/* unused harmony export sanitizeKey */
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

/***/ 55328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vy: () => (/* binding */ planUpsert),
/* harmony export */   aX: () => (/* binding */ ACTIONS_BOT)
/* harmony export */ });
/* unused harmony export isOurs */
/* harmony import */ var _marker_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63925);

const ACTIONS_BOT = 'github-actions[bot]';
function isOurs(comment, key, identity) {
    const author = comment.author?.toLowerCase();
    return author !== undefined && identity.logins.some((l) => l.toLowerCase() === author) && (0,_marker_js__WEBPACK_IMPORTED_MODULE_0__/* .hasMarker */ .xY)(comment.body, key);
}
/**
 * What to do, given every comment on the PR (all pages, oldest first). Only comments that carry our marker AND are
 * authored by us count; someone else's comment with the same marker is left alone. If an earlier race left
 * duplicates, the oldest is kept and the others deleted.
 */
function planUpsert(request) {
    const ours = request.comments.filter((c) => isOurs(c, request.key, request.identity)).sort((a, b) => a.id - b.id);
    if (request.mode === 'recreate')
        return { kind: 'recreate', deleteIds: ours.map((c) => c.id) };
    const [keep, ...extra] = ours;
    const deleteIds = extra.map((c) => c.id);
    if (!keep)
        return { kind: 'create', deleteIds };
    if ((keep.body ?? '').trimEnd() === request.body.trimEnd())
        return { kind: 'unchanged', id: keep.id, url: keep.url, deleteIds };
    return { kind: 'update', id: keep.id, url: keep.url, deleteIds };
}


/***/ })

};
