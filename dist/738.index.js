export const id = 738;
export const ids = [738];
export const modules = {

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
