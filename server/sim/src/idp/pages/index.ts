export { csrfInput, field, type Markup, type PageFrame, page, STYLESHEET_PATH } from './layout.js';
export { STYLESHEET } from './stylesheet.js';
