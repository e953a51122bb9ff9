/**
 * The hosted pages' only stylesheet, served from the simulator's origin so the pages need no
 * inline style under their CSP. Kept as a module (not a file read at run time) so the built
 * package carries it. Covers: visible focus (WCAG 2.4.7/2.4.11), 24 px minimum targets (2.5.8),
 * reflow at 320 px (1.4.10), forced colors, reduced motion, AA contrast (1.4.3).
 */
/**
 * The hosted pages' only script, same origin (CSP `default-src 'self'`): show/hide buttons for
 * password fields, rendered hidden so a page without JavaScript never shows a dead button. The
 * password is hidden again on submit, so a password manager offers to save it as a password.
 */
export const SCRIPT = `
for (const button of document.querySelectorAll('button[data-toggle-password]')) {
  const inputs = button.getAttribute('aria-controls').split(' ')
    .map((id) => document.getElementById(id)).filter(Boolean);
  if (!inputs.length) continue;
  button.hidden = false;
  const set = (show) => {
    for (const input of inputs) input.type = show ? 'text' : 'password';
    button.setAttribute('aria-pressed', String(show));
  };
  button.addEventListener('click', () => set(inputs[0].type === 'password'));
  inputs[0].form?.addEventListener('submit', () => set(false));
}
`;

export const STYLESHEET = `
*,*::before,*::after{box-sizing:border-box}
html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;font-size:100%;line-height:1.5;color:#1b1b1b;background:#f4f4f4}
body{margin:0;min-width:0}
.skip{position:absolute;left:-999px;top:0;padding:.5rem 1rem;background:#fff;color:#6b1d3b}
.skip:focus{left:.5rem;top:.5rem;z-index:1}
.bar{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:center;gap:.5rem;padding:.75rem 1rem;background:#6b1d3b;color:#fff}
.brand{font-weight:700}
.bar a{color:#fff}
main{max-width:28rem;margin:1.5rem auto;padding:1.25rem;background:#fff;border-radius:.5rem;overflow-wrap:anywhere}
main:focus{outline:none}
h1{font-size:1.5rem;line-height:1.25;margin:.25rem 0 1rem}
h2{font-size:1.125rem;margin:0 0 .5rem}
.sim{font-size:.875rem;margin:0;color:#5c5c5c}
.field{margin:0 0 1.25rem}
label{display:block;font-weight:600;margin-bottom:.25rem}
.help{margin:0 0 .25rem;font-size:.9375rem;color:#4a4a4a}
.error{margin:0 0 .25rem;font-weight:600;color:#b00020}
.field-error input{border-color:#b00020;border-width:3px}
input[type=text],input[type=password],input[type=email],input[type=tel]{display:block;width:100%;min-height:2.75rem;padding:.5rem .75rem;font:inherit;color:inherit;background:#fff;border:2px solid #5c5c5c;border-radius:.25rem}
button,.button{display:inline-block;min-height:2.75rem;min-width:6rem;padding:.5rem 1.25rem;font:inherit;font-weight:600;color:#fff;background:#6b1d3b;border:2px solid #6b1d3b;border-radius:.25rem;cursor:pointer;text-decoration:none;text-align:center}
button.secondary{color:#6b1d3b;background:#fff}
.actions{display:flex;flex-wrap:wrap;gap:.75rem;align-items:center;margin:1rem 0}
a{color:#6b1d3b;text-underline-offset:.15em}
a,button{min-height:24px}
a:focus-visible,button:focus-visible,input:focus-visible{outline:3px solid #1a5fb4;outline-offset:2px;box-shadow:0 0 0 5px #fff}
.toggle{margin-top:.5rem}
.error-summary:focus{outline:3px solid #1a5fb4;outline-offset:2px}
.error-summary{border:3px solid #b00020;padding:1rem;margin:0 0 1.25rem;border-radius:.25rem}
.error-summary ul{margin:0;padding-left:1.25rem}
.error-summary a{color:#b00020;font-weight:600}
.notice{border-left:6px solid #1e7b3a;padding:.5rem .75rem;background:#eef7f0}
.links{margin:1rem 0 0}
.links a{display:inline-block;padding:.25rem 0}
@media (max-width:22rem){main{margin:0;border-radius:0;padding:1rem}}
@media (forced-colors:active){button,.button{border:2px solid ButtonText}.error-summary,.notice{border-color:CanvasText}a:focus-visible,button:focus-visible,input:focus-visible{outline-color:Highlight}}
@media (prefers-reduced-motion:reduce){*{transition:none!important;animation:none!important}}
textarea{display:block;width:100%;min-height:6rem;padding:.5rem .75rem;font:inherit;font-family:ui-monospace,monospace;font-size:.875rem;border:2px solid #5c5c5c;border-radius:.25rem}
input[type=file]{display:block;max-width:100%;min-height:2.75rem;padding:.5rem 0;font:inherit}
textarea:focus-visible{outline:3px solid #1a5fb4;outline-offset:2px}
.result{border-left:6px solid #5c5c5c;padding:.75rem 1rem;margin:0 0 1.25rem;background:#f4f4f4}
.result-valid{border-color:#1e7b3a;background:#eef7f0}
.result-altered,.result-invalid{border-color:#b00020;background:#fdeeee}
.result dl{margin:.5rem 0 0}.result dt{font-weight:600}.result dd{margin:0 0 .5rem}
.fingerprint{font-family:ui-monospace,monospace;word-spacing:.25em}
@media (forced-colors:active){.result{border-color:CanvasText}}
`;
