/**
 * Minifies the literal text of Lit's `css` and `html` tagged templates for the CDN build.
 *
 * Rolldown's minifier leaves template literals as written, and every byte counts against the
 * 15 KB budget of the login button page (DESIGN.md §6). The TypeScript parser finds the templates,
 * so only their literal parts change: never a `${…}` expression, never a nested template's tag.
 *
 * - css: comments go; the template's outer whitespace goes; whitespace runs become one space, and none is left around `{ } ; ,` `>`
 *   or after `:`, outside quoted strings (`content: ": "` keeps its text). `+` and `-` keep their
 *   spaces: `calc(1px + 2px)` needs them. A block's last `;` goes (`a{b:c}`, not after an empty
 *   `--x:;`), and so does a number's leading zero (`0.5rem` → `.5rem`; never inside `url()`).
 * - html: a whitespace run that contains a line break becomes one space, which is how HTML
 *   renders it anyway; templates with `<pre` or `<textarea`, where whitespace is content, are left
 *   as written.
 */
import ts from 'typescript';

const QUOTED = /("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/;

export function minifyCss(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(QUOTED)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,>])\s*/g, '$1')
            .replace(/:\s+/g, ':')
            // A part after a quoted string starts right after its closing quote.
            .replace(i > 0 ? /(^|[^:]);}/g : /([^:]);}/g, '$1}')
            .replace(/url\(/i.test(part) ? /$^/ : /([^\w.#/-]|[^\w.]-)0\.(\d)/g, '$1.$2'),
    )
    .join('');
}

export function minifyHtml(text: string): string {
  return /<(pre|textarea)\b/i.test(text) ? text : text.replace(/\s*\n\s*/g, ' ');
}

/** Source ranges of a template's literal text (between the backticks and `${`/`}`). */
function literalRanges(template: ts.TemplateLiteral): Array<[number, number]> {
  if (ts.isNoSubstitutionTemplateLiteral(template)) {
    return [[template.getStart() + 1, template.getEnd() - 1]];
  }
  const ranges: Array<[number, number]> = [
    [template.head.getStart() + 1, template.head.getEnd() - 2],
  ];
  for (const span of template.templateSpans) {
    const lit = span.literal;
    const tail = ts.isTemplateTail(lit);
    ranges.push([lit.getStart() + 1, lit.getEnd() - (tail ? 1 : 2)]);
  }
  return ranges;
}

/** Returns the minified source, or null when the file has no `css`/`html` template. */
export function minifyTemplates(code: string, fileName = 'file.ts'): string | null {
  if (!/\b(css|html)`/.test(code)) return null;
  const sf = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits: Edit[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
      const minify =
        node.tag.text === 'css' ? minifyCss : node.tag.text === 'html' ? minifyHtml : undefined;
      if (minify) {
        const ranges = literalRanges(node.template);
        ranges.forEach(([start, end], i) => {
          let text = minify(code.slice(start, end));
          // The template's outer edges are never next to an expression; CSS ignores them there.
          if (minify === minifyCss && i === 0) text = text.trimStart();
          if (minify === minifyCss && i === ranges.length - 1) text = text.trimEnd();
          if (text !== code.slice(start, end)) edits.push({ start, end, text });
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return applyEdits(code, edits);
}

/** A replacement of `code.slice(start, end)`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** `code` with non-overlapping edits applied (last first, so offsets hold), or null if none. */
export function applyEdits(code: string, edits: Edit[]): string | null {
  if (edits.length === 0) return null;
  let out = code;
  for (const { start, end, text } of [...edits].sort((a, b) => b.start - a.start)) {
    out = out.slice(0, start) + text + out.slice(end);
  }
  return out;
}
