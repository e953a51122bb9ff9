/**
 * The light-DOM form kit in one module, for a component that downloads it on first use (the
 * profile's address form): the form and the field templates, with the styles they adopt.
 */
export { selectField, textField } from './fields.js';
export { LightForm } from './light-form.js';
