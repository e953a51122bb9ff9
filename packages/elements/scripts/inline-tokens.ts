/**
 * Writes the theme tokens' text into the `css` templates that read them, at build time.
 *
 * `src/internal/tokens.ts` (generated from core's tokens) exports one `unsafeCSS('var(--llave-…,
 * fallback)')` per token, and styles read them as `${tokens.colorPrimary}`. Lit's `css` tag
 * joins a CSSResult's text into the template's text, so writing that text in the template's
 * place gives the same stylesheet, without the token objects, their exports and imports in every
 * bundle: on the login button's page that is 0.4 KB gzip of its 15 KB budget (DESIGN.md §6).
 *
 * Only `${ns.name}` inside a `css` tagged template is replaced, where `ns` is the file's
 * namespace import (`import * as ns from '…/tokens.js'`) of the tokens module and `name` one of
 * its string exports; anything else (another expression, a token outside `css`, a name the module
 * does not export) is left as written.
 */
import { dirname, resolve } from 'node:path';
import ts from 'typescript';
import { applyEdits, type Edit } from './minify-templates.js';

/** `export const name = unsafeCSS('text')` (with or without a pure annotation) → name → text. */
export function readTokens(source: string): Map<string, string> {
  const sf = ts.createSourceFile('tokens.ts', source, ts.ScriptTarget.Latest, true);
  const tokens = new Map<string, string>();
  for (const statement of sf.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    if (!statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
    for (const decl of statement.declarationList.declarations) {
      const init = decl.initializer;
      if (
        ts.isIdentifier(decl.name) &&
        init &&
        ts.isCallExpression(init) &&
        ts.isIdentifier(init.expression) &&
        init.expression.text === 'unsafeCSS' &&
        init.arguments.length === 1 &&
        ts.isStringLiteralLike(init.arguments[0]!)
      ) {
        tokens.set(decl.name.text, (init.arguments[0] as ts.StringLiteralLike).text);
      }
    }
  }
  return tokens;
}

/** The text as it must be written between backticks to read back the same (cooked) string. */
const escapeTemplate = (text: string) => text.replace(/\\|`|\$\{/g, (m) => `\\${m}`);

/**
 * Returns `code` with the token reads of its `css` templates written out, or null when nothing
 * changes. `tokensFile` is the tokens module's path (`.ts`); imports name it `.js` or `.ts`.
 */
export function inlineTokens(
  code: string,
  fileName: string,
  tokensFile: string,
  tokens: ReadonlyMap<string, string>,
): string | null {
  if (!code.includes('css`')) return null;
  const sf = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const target = tokensFile.replace(/\.[cm]?[jt]s$/, '');
  const names = new Set<string>();
  for (const statement of sf.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) {
      continue;
    }
    const clause = statement.importClause;
    const bindings = clause?.namedBindings;
    const spec = statement.moduleSpecifier.text;
    if (
      bindings &&
      ts.isNamespaceImport(bindings) &&
      !clause.isTypeOnly &&
      spec.startsWith('.') &&
      resolve(dirname(fileName), spec).replace(/\.[cm]?[jt]s$/, '') === target
    ) {
      names.add(bindings.name.text);
    }
  }
  if (names.size === 0) return null;

  const edits: Edit[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      node.tag.text === 'css' &&
      ts.isTemplateExpression(node.template)
    ) {
      let previous: ts.TemplateLiteralLikeNode = node.template.head;
      for (const span of node.template.templateSpans) {
        const e = span.expression;
        const text =
          ts.isPropertyAccessExpression(e) &&
          ts.isIdentifier(e.expression) &&
          names.has(e.expression.text) &&
          ts.isIdentifier(e.name)
            ? tokens.get(e.name.text)
            : undefined;
        if (text !== undefined) {
          // From the `${` that ends the previous literal to the `}` that starts the next one.
          edits.push({
            start: previous.getEnd() - 2,
            end: span.literal.getStart() + 1,
            text: escapeTemplate(text),
          });
        }
        previous = span.literal;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return applyEdits(code, edits);
}
