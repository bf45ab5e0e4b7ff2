// The visible text of a parsed page, laid out as a plain-text article:
// one line per block, blocks separated by a blank line. Page furniture
// (menus, footers, share buttons) stays: the clean stage removes it by its
// general rules and reports each removal, which it could not do for text
// dropped here. Only what a browser never shows as text is dropped.
import type { Element, Nodes, Root } from 'hast';

const DROPPED = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'embed', 'canvas',
  'video', 'audio', 'map', 'select', 'datalist', 'textarea', 'math', 'frameset', 'frame',
]);

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'thead', 'tfoot', 'ul',
]);

/** Table rows are lines of one block; cells are words apart. */
const LINES = new Set(['tr']);
const CELLS = new Set(['td', 'th']);

export interface PageText {
  text: string;
  /** Text of each <h1>, in order: headline candidates. */
  headings: string[];
}

/**
 * Walks the tree with an explicit stack, so the nesting depth of a page
 * costs memory, not call-stack frames.
 */
export function pageText(tree: Root): PageText {
  const out = new Layout();
  const headings: string[] = [];
  type Step = { node: Nodes } | { exit: Element; mark: number };
  const stack: Step[] = [{ node: tree }];
  let pre = 0;
  while (stack.length > 0) {
    const step = stack.pop()!;
    if ('exit' in step) {
      const tag = step.exit.tagName;
      if (tag === 'pre') pre--;
      if (BLOCKS.has(tag)) out.endBlock();
      else if (LINES.has(tag)) out.endLine();
      else if (CELLS.has(tag)) out.inline(' ', false);
      if (tag === 'h1') {
        const heading = out.since(step.mark);
        if (heading) headings.push(heading);
      }
      continue;
    }
    const node = step.node;
    if (node.type === 'text') {
      out.inline(node.value, pre > 0);
      continue;
    }
    if (node.type !== 'element' && node.type !== 'root') continue;
    if (node.type === 'element') {
      const tag = node.tagName;
      if (DROPPED.has(tag) || hidden(node)) continue;
      if (tag === 'br') {
        out.lineBreak();
        continue;
      }
      if (tag === 'hr') {
        out.endBlock();
        continue;
      }
      if (tag === 'pre') pre++;
      if (BLOCKS.has(tag)) out.endBlock();
      else if (LINES.has(tag)) out.endLine();
      stack.push({ exit: node, mark: out.mark() });
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]! });
  }
  out.endBlock();
  return { text: out.result(), headings };
}

/** The hidden attribute and inline display:none are never rendered. */
function hidden(el: Element): boolean {
  const p = el.properties;
  if (p.hidden !== undefined && p.hidden !== false && p.hidden !== null) return true;
  const style = typeof p.style === 'string' ? p.style : '';
  return /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/iu.test(style.slice(0, 500));
}

/** Accumulates inline text into lines and lines into blank-line-separated blocks. */
class Layout {
  private readonly blocks: string[] = [];
  private lines: string[] = [];
  private line = '';

  inline(text: string, preformatted: boolean): void {
    if (!preformatted) {
      this.line += text.replace(/\s+/gu, ' ');
      return;
    }
    const parts = text.split(/\r\n?|\n/u);
    for (let i = 0; i < parts.length; i++) {
      if (i > 0) this.endLine();
      this.line += parts[i]!.replace(/\s+/gu, ' ');
    }
  }

  /** A <br> ends the line; a second one in a row ends the paragraph, as old pages use "<br><br>". */
  lineBreak(): void {
    if (this.line.trim() === '' && this.lines.length > 0) this.endBlock();
    else this.endLine();
  }

  endLine(): void {
    const text = this.line.replace(/ {2,}/gu, ' ').trim();
    if (text !== '') this.lines.push(text);
    this.line = '';
  }

  endBlock(): void {
    this.endLine();
    if (this.lines.length > 0) this.blocks.push(this.lines.join('\n'));
    this.lines = [];
  }

  mark(): number {
    return this.blocks.length;
  }

  /** The text of the blocks closed since `mark`, on one line. */
  since(mark: number): string {
    return this.blocks.slice(mark).join(' ').replace(/\s+/gu, ' ').trim();
  }

  result(): string {
    return this.blocks.join('\n\n');
  }
}
