/** A GFM oracle for the tests: marked renders Markdown to HTML; jsdom reads the HTML back. */
import { JSDOM } from 'jsdom';
import { Marked } from 'marked';

const marked = new Marked({ gfm: true, breaks: false, async: false });

export function toHtml(markdown: string): string {
  return marked.parse(markdown) as string;
}

export function toDocument(markdown: string): Document {
  return new JSDOM(`<body>${toHtml(markdown)}</body>`).window.document;
}

/** Tag names of every element under body, in document order. */
export function tagsOf(doc: Document): string[] {
  return Array.from(doc.body.querySelectorAll('*')).map((e) => e.tagName.toLowerCase());
}

export const ZWSP = '\u200B';
