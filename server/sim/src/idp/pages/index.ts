export {
  csrfInput,
  field,
  type Markup,
  type PageFrame,
  page,
  SCRIPT_PATH,
  STYLESHEET_PATH,
} from './layout.js';
export { SCRIPT, STYLESHEET } from './stylesheet.js';
