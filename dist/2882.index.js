export const id = 2882;
export const ids = [2882];
export const modules = {

/***/ 92882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FX: () => (/* binding */ compileLinearPattern),
/* harmony export */   JM: () => (/* binding */ PatternError),
/* harmony export */   YK: () => (/* binding */ cellMatches)
/* harmony export */ });
/* unused harmony export translatePattern */
/* harmony import */ var re2js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2856);

class PatternError extends Error {
}
// JavaScript's \s (ECMA-262 WhiteSpace and LineTerminator), as RE2 class ranges.
const JS_SPACE = '\\x09-\\x0D\\x20\\xA0\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}';
const JS_NON_SPACE = '\\x00-\\x08\\x0E-\\x1F\\x21-\\x9F\\xA1-\\x{167F}\\x{1681}-\\x{1FFF}\\x{200B}-\\x{2027}\\x{202A}-\\x{202E}\\x{2030}-\\x{205E}\\x{2060}-\\x{2FFF}\\x{3001}-\\x{FEFE}\\x{FF00}-\\x{10FFFF}';
const JS_DOT = '[^\\n\\r\\x{2028}\\x{2029}]';
const ANY = '\\x00-\\x{10FFFF}';
const hex = (code) => `\\x{${code.toString(16).toUpperCase()}}`;
const isHex = (s) => /^[0-9A-Fa-f]+$/.test(s);
/** Translates a JavaScript (`u`) pattern to RE2 syntax; throws PatternError naming what RE2 cannot do. */
function translatePattern(source) {
    let out = '';
    let inClass = false;
    let i = 0;
    const unsupported = (what) => {
        throw new PatternError(`${what} is not supported: patterns run on a linear-time engine (RE2), which has no backreferences or lookaround`);
    };
    while (i < source.length) {
        const ch = source[i];
        if (ch === '\\') {
            const next = source[i + 1] ?? '';
            if (/[1-9]/.test(next))
                unsupported(`the backreference \\${next}`);
            if (next === 'k')
                unsupported('the named backreference \\k<…>');
            if (next === 's' || next === 'S') {
                const ranges = next === 's' ? JS_SPACE : JS_NON_SPACE;
                out += inClass ? ranges : `[${ranges}]`;
                i += 2;
                continue;
            }
            if (next === 'u') {
                const braced = /^\{([0-9A-Fa-f]+)\}/.exec(source.slice(i + 2));
                if (braced) {
                    out += hex(parseInt(braced[1], 16));
                    i += 2 + braced[0].length;
                    continue;
                }
                const unit = source.slice(i + 2, i + 6);
                if (unit.length === 4 && isHex(unit)) {
                    let code = parseInt(unit, 16);
                    i += 6;
                    const low = source.slice(i + 2, i + 6);
                    if (code >= 0xd800 && code <= 0xdbff && source.startsWith('\\u', i) && isHex(low) && parseInt(low, 16) >= 0xdc00 && parseInt(low, 16) <= 0xdfff) {
                        code = 0x10000 + ((code - 0xd800) << 10) + (parseInt(low, 16) - 0xdc00);
                        i += 6;
                    }
                    out += hex(code);
                    continue;
                }
            }
            if ((next === 'p' || next === 'P') && source[i + 2] === '{') {
                const end = source.indexOf('}', i);
                const name = source.slice(i + 3, end).replace(/^(Script|sc|General_Category|gc)=/, '');
                out += `\\${next}{${name}}`;
                i = end + 1;
                continue;
            }
            if (next === 'c' && /[A-Za-z]/.test(source[i + 2] ?? '')) {
                out += hex(source.charCodeAt(i + 2) % 32);
                i += 3;
                continue;
            }
            if (next === '0')
                out += '\\x00';
            else if (next === 'v')
                out += '\\x0B';
            else if (next === 'b' && inClass)
                out += '\\x08';
            else if (next === '/')
                out += '/';
            else
                out += `\\${next}`;
            i += 2;
            continue;
        }
        if (inClass) {
            if (ch === ']')
                inClass = false;
            out += ch === '[' ? '\\[' : ch;
            i++;
            continue;
        }
        if (ch === '[') {
            if (source.startsWith('[]', i)) {
                out += `[^${ANY}]`;
                i += 2;
            }
            else if (source.startsWith('[^]', i)) {
                out += `[${ANY}]`;
                i += 3;
            }
            else {
                const negated = source[i + 1] === '^';
                inClass = true;
                out += negated ? '[^' : '[';
                i += negated ? 2 : 1;
            }
            continue;
        }
        if (ch === '(' && source[i + 1] === '?') {
            const head = source.slice(i, i + 4);
            if (head.startsWith('(?=') || head.startsWith('(?!'))
                unsupported(`the lookahead ${head.slice(0, 3)}…)`);
            if (head === '(?<=' || head === '(?<!')
                unsupported(`the lookbehind ${head}…)`);
            if (head.startsWith('(?<')) {
                out += '(?P<';
                i += 3;
                continue;
            }
        }
        if (ch === '.')
            out += JS_DOT;
        else
            out += ch;
        i++;
    }
    return out;
}
/**
 * Patterns compiled in this thread, by source: a column checker is made per chunk of a big file, and
 * its pattern's lazy DFA would otherwise start cold each time (compiling and re-learning its states
 * cost ~25 ms per million rows of emails). A compiled pattern keeps no state between calls but its DFA
 * cache, which only saves work.
 */
const compiled = new Map();
/** Compiles a JavaScript pattern for the linear-time engine (once per thread); throws PatternError with a message for the config. */
function compileLinearPattern(source) {
    let pattern = compiled.get(source);
    if (pattern === undefined) {
        pattern = compileAnew(source);
        compiled.set(source, pattern);
    }
    return pattern;
}
function compileAnew(source) {
    try {
        new RegExp(source, 'u');
    }
    catch (error) {
        throw new PatternError(`not a valid regular expression (${error instanceof Error ? error.message : String(error)})`);
    }
    const translated = translatePattern(source);
    let re;
    try {
        re = re2js__WEBPACK_IMPORTED_MODULE_0__/* .RE2JS */ .L3.compile(translated);
    }
    catch (error) {
        const detail = error instanceof Error ? error.message.replace(/^error parsing regexp: /, '') : String(error);
        throw new PatternError(`not supported by the linear-time engine (RE2): ${detail}`);
    }
    const engine = preferLazyDfa(re);
    return { test: (text) => re.test(text), testAscii: engine === 'lazy-dfa' ? asciiRunner(re) : () => undefined, engine };
}
/**
 * re2js answers `test` with its one-pass matcher whenever the pattern is one-pass (most anchored patterns users
 * write, such as `^[^@\s]+@[^@\s]+$`), and that matcher allocates per call: 1.0 s per million short cells, against
 * 0.2 s for its lazy DFA, which it uses for every other pattern (and which falls back to the NFA by itself when
 * its state budget runs out, so the answer and the linear bound are the same). A match without captures needs no
 * one-pass matcher, so it is dropped. Internal to re2js 2.x: if its shape changes, `test` stays right and only
 * `engine` (checked by a test) tells.
 */
function preferLazyDfa(re) {
    const program = Reflect.get(re, 're2Input');
    if (typeof program !== 'object' || program === null || !('onepass' in program) || !('lazyDFA' in program))
        return 'one-pass-or-nfa';
    Reflect.set(program, 'onepass', null);
    return 'lazy-dfa';
}
/** `test` of cell i of `col` (not null): from its bytes while they are ASCII (no string is built), else from its text. */
function cellMatches(pattern, col, i, span) {
    const b = col.textBytes?.(i, span);
    const ok = b === undefined ? undefined : pattern.testAscii(b, span[0], span[1]);
    return ok ?? pattern.test((col.textView ? col.textView(i) : col.text(i)));
}
// re2js's RE2Flags.UNANCHORED, Utils.EMPTY_BEGIN_LINE | Utils.EMPTY_BEGIN_TEXT (the context at the start of a text) and END_TEXT.
const UNANCHORED = 0;
const BEGIN_OF_TEXT = { context: () => 1 | 4 };
const END_TEXT = -1;
function isDfa(x) {
    if (typeof x !== 'object' || x === null)
        return false;
    const d = x;
    return d.latin1Class instanceof Int32Array && typeof d.numClasses === 'number' && typeof d.start === 'function' && typeof d.stepOrReset === 'function';
}
/**
 * What re2js does for `test` once the one-pass matcher is dropped (RE2.executeEngine with no captures: its lazy
 * DFA, unanchored, answering at the first match state; DFA.run), fed bytes instead of a string's characters. An
 * ASCII byte is the same rune and the same character class as the character it encodes, so every state and the
 * answer are the ones `test` reaches on the string. re2js's prefilter is skipped: it only saves work on a
 * mismatch. Anything else (a non-ASCII byte, a DFA out of budget, an unexpected shape) leaves it to `test`.
 */
function asciiRunner(re) {
    const program = Reflect.get(re, 're2Input');
    const dfa = typeof program === 'object' && program !== null && Reflect.get(program, 'prog') !== undefined ? Reflect.get(program, 'dfa') : undefined;
    if (!isDfa(dfa) || dfa.failed)
        return () => undefined;
    const classes = dfa.latin1Class;
    const search = { resetPos: -1 };
    return (b, start, end) => {
        search.resetPos = -1;
        const first = dfa.start(BEGIN_OF_TEXT, 0);
        if (first === null)
            return undefined;
        let state = first;
        for (let p = start; p < end; p++) {
            const c = b[p];
            if (c >= 0x80)
                return undefined;
            const cls = classes[c];
            let next = state.next !== null ? state.next[cls] : null;
            if (next === null) {
                next = dfa.stepOrReset(state, cls, c, UNANCHORED, p - start, search);
                if (next === null)
                    return undefined;
            }
            state = next;
            if (state.isMatch)
                return true;
        }
        const last = dfa.stepOrReset(state, dfa.numClasses, END_TEXT, UNANCHORED, end - start, search);
        return last === null ? undefined : last.isMatch;
    };
}


/***/ })

};
