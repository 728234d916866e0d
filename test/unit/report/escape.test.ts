import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { code, mermaidText, text } from '../../../src/domain/report/escape.js';
import { tagsOf, toDocument, ZWSP } from './gfm.js';

/** Pieces an attacker would reach for, mixed with arbitrary Unicode. */
const nasty = fc.constantFrom(
  '<', '>', '!', '-', '@', '#', '|', '`', '```', '~~~', '*', '_', '[', ']', '(', ')', '\\', '\n', '\r\n', '\t', '\u2028', '\u202E',
  '&', ';', '&lt;', '&#64;', '$', '~', '=', '"', "'", ':', '/', '.', ' ', 'a', '1', 'x',
  '<img src=x onerror=alert(1)>', '<script>', '<!-- mlgate:key -->', '-->', '<details>', '</td>',
  'javascript:alert(1)', 'http://evil.test', 'https://evil.test/x', 'www.evil.test', 'ftp://a.b', 'mailto:a@b.co', 'a@b.co',
  '@octocat', '@org/team', '#1', 'GH-1', 'owner/repo#12', '[x](http://e.test)', '![i](http://e.test/i.png)', '<http://e.test>',
  '# heading', '> quote', '1. item', '- item', '---', '===', '| a | b |', '|---|', '**b**', '_e_', '~~s~~', ':smile:', '$x$', '$$', '\\|',
);
const untrusted = fc.oneof(
  fc.string({ unit: nasty, maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: fc.oneof(nasty, fc.string({ unit: 'grapheme', maxLength: 3 })), maxLength: 20 }),
);

/** What the reader should see: the original with control characters as spaces and bidi controls removed. */
function visible(s: string): string {
  return s
    .replace(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\uFEFF]/g, '')
    .replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g, ' ');
}

const norm = (s: string): string => s.replaceAll(ZWSP, '').replace(/\s+/g, ' ').trim();

/** Text that GitHub would turn into a ping, a cross-reference or a link. */
function assertInert(rendered: string): void {
  expect(rendered).not.toMatch(/@[A-Za-z0-9]/);
  expect(rendered).not.toMatch(/#[0-9]/);
  expect(rendered).not.toMatch(/www\./i);
  expect(rendered).not.toMatch(/[A-Za-z0-9]:\/\//);
}

const PROPS = { numRuns: 200 };

describe('text(): untrusted text is inert in every context the report uses', () => {
  it('in a table cell: one row, two cells, no elements, the same text', () => {
    fc.assert(
      fc.property(untrusted, (raw) => {
        const md = `| A | B |\n|---|---|\n| ${text(raw, { max: 1000 })} | end |\n`;
        const doc = toDocument(md);
        expect(tagsOf(doc)).toEqual(['table', 'thead', 'tr', 'th', 'th', 'tbody', 'tr', 'td', 'td']);
        const cells = doc.querySelectorAll('tbody td');
        expect(norm(cells[0]?.textContent ?? '')).toBe(norm(visible(raw)));
        expect(cells[1]?.textContent).toBe('end');
        assertInert(cells[0]?.textContent ?? '');
      }),
      PROPS,
    );
  });

  it('in a paragraph: one paragraph, no elements (no link, image, emphasis, code, html, heading)', () => {
    fc.assert(
      fc.property(untrusted, (raw) => {
        const doc = toDocument(`Value: ${text(raw, { max: 1000 })} end\n`);
        expect(tagsOf(doc)).toEqual(['p']);
        expect(norm(doc.body.textContent ?? '')).toBe(norm(`Value: ${visible(raw)} end`));
        assertInert(doc.body.textContent ?? '');
      }),
      PROPS,
    );
  });

  it('inside our own <summary>: only text', () => {
    fc.assert(
      fc.property(untrusted, (raw) => {
        const doc = toDocument(`<details><summary>Examples in ${text(raw, { max: 1000 })}</summary>\n\nbody\n\n</details>\n`);
        const summary = doc.querySelector('summary');
        expect(summary?.children.length).toBe(0);
        expect(doc.querySelectorAll('details').length).toBe(1);
        expect(norm(summary?.textContent ?? '')).toBe(norm(`Examples in ${visible(raw)}`));
      }),
      PROPS,
    );
  });

  it('never contains anything that starts an HTML comment, a fence or a table delimiter', () => {
    fc.assert(
      fc.property(untrusted, (raw) => {
        const out = text(raw, { max: 1000 });
        expect(out).not.toMatch(/[<>`|\n\r[\]*_\\]/);
        expect(out).not.toContain('<!--');
      }),
      PROPS,
    );
  });

  it('code(): one <code> element holding exactly the value', () => {
    fc.assert(
      fc.property(untrusted.filter((s) => s !== ''), (raw) => {
        const doc = toDocument(`| V |\n|---|\n| ${code(raw, { max: 1000 })} |\n`);
        const codes = doc.querySelectorAll('code');
        expect(codes.length).toBe(1);
        expect(codes[0]?.children.length).toBe(0);
        expect(norm(codes[0]?.textContent ?? '')).toBe(norm(visible(raw)));
      }),
      PROPS,
    );
  });

  it('cuts long text at a code-point boundary with an ellipsis', () => {
    expect(text('a'.repeat(50), { max: 10 })).toBe(`${'a'.repeat(9)}…`);
    expect(text('😀'.repeat(5), { max: 3 })).toBe('😀😀…');
  });

  it('worked examples', () => {
    expect(text('@octocat')).toBe(`@${ZWSP}octocat`);
    expect(text('<!-- mlgate:x -->')).toBe('&#60;&#33;-- mlgate&#58;x --&#62;');
    expect(text('a|b')).toBe('a&#124;b');
  });
});

describe('mermaidText(): labels keep a small alphabet', () => {
  it('has no quote, entity, bracket, backtick or newline', () => {
    fc.assert(
      fc.property(untrusted, (raw) => {
        const out = mermaidText(raw);
        expect(out).toMatch(/^[A-Za-z0-9 ._+/-]*…?$|^_$/);
        expect(out.length).toBeGreaterThan(0);
      }),
      PROPS,
    );
  });
});
