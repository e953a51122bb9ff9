// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings are TypeScript source under test, ${…} included
import { describe, expect, it } from 'vitest';
import { minifyCss, minifyHtml, minifyTemplates } from './minify-templates.js';

describe('minifyCss', () => {
  it('drops comments and the whitespace CSS ignores (a run at the edges stays one space: it may touch an expression)', () => {
    expect(
      minifyCss(`
      /* the host */
      :host {
        color: var(--x, red);
        font-family: a, b;
      }
      ul > li { margin: 0 }
    `),
    ).toBe(' :host{color:var(--x,red);font-family:a,b}ul>li{margin:0}');
  });

  it('keeps the spaces calc() needs and the space before a pseudo-class in a descendant selector', () => {
    expect(minifyCss('a :hover { width: calc(100% - 2px + 1rem) }')).toBe(
      'a :hover{width:calc(100% - 2px + 1rem)}',
    );
  });

  it("drops a block's last semicolon and a number's leading zero, and nothing that would change the value", () => {
    expect(minifyCss('a { opacity: 0.6; margin: -0.5rem 0 0 0.25rem; }')).toBe(
      'a{opacity:.6;margin:-.5rem 0 0 .25rem}',
    );
    expect(minifyCss('a { width: 10.5px; --x:; }')).toBe('a{width:10.5px;--x:;}');
    expect(minifyCss('a { background: url(/img/0.5x.png) 0 0.5rem; }')).toBe(
      'a{background:url(/img/0.5x.png) 0 0.5rem}',
    );
  });

  it('leaves quoted strings as written', () => {
    expect(minifyCss(`.x::after { content: ": , {"; }`)).toBe(`.x::after{content:": , {"}`);
  });
});

describe('minifyHtml', () => {
  it('collapses line breaks and indentation to one space, as HTML renders them', () => {
    expect(minifyHtml('<p>\n    Hola,\n    <b>mundo</b>\n  </p>')).toBe(
      '<p> Hola, <b>mundo</b> </p>',
    );
  });

  it('keeps spaces on one line, which can matter between inline elements', () => {
    expect(minifyHtml('<b>a</b> <i>b</i>')).toBe('<b>a</b> <i>b</i>');
  });

  it('leaves templates with <pre> or <textarea> alone', () => {
    const pre = '<pre>\n  line\n</pre>';
    expect(minifyHtml(pre)).toBe(pre);
  });
});

describe('minifyTemplates', () => {
  it('changes only the literal parts of css and html templates, never expressions', () => {
    const source = [
      'const s = css`',
      '  :host { color: ${unsafeCSS("a:  b")}; }',
      '`;',
      'const t = html`',
      '  <p title=${"two\\n  lines"}>',
      '    ${cond ? html`<b>\n  x</b>` : other`\n  kept`}',
      '  </p>`;',
      'const u = `\n  untagged`;',
    ].join('\n');
    expect(minifyTemplates(source)).toBe(
      [
        'const s = css`:host{color:${unsafeCSS("a:  b")};}`;',
        'const t = html` <p title=${"two\\n  lines"}> ${cond ? html`<b> x</b>` : other`\n  kept`} </p>`;',
        'const u = `\n  untagged`;',
      ].join('\n'),
    );
  });

  it('answers null when there is nothing to minify', () => {
    expect(minifyTemplates('const a = 1;')).toBeNull();
    expect(minifyTemplates('const a = html`<p>x</p>`;')).toBeNull();
  });
});
