export const id = 524;
export const ids = [524];
export const modules = {

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


/***/ })

};
