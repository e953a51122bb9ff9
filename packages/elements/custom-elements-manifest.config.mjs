/**
 * custom-elements.json: generated from each component's JSDoc header (the contract), read by
 * Storybook's autodocs and by editors. `npm run build` and Storybook regenerate it.
 */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/locales/**', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
