import type es from './es-MX.js';

/** English for `<llave-tramite-tracker>`. */
export default {
  titleMine: 'Your procedures',
  titleLookup: 'Track your procedure',
  titleFolio: 'Status of your procedure',
  lookup: {
    label: 'Folio or payment reference (línea de captura)',
    help: 'It has 20 letters and numbers. You will find it on your receipt or in the email we sent you.',
    submit: 'Search',
    searching: 'Looking for the procedure…',
    found: 'We found your procedure: {{name}}, folio {{folio}}. Status: {{status}}.',
    notFound: 'We found no procedure with folio {{folio}}. Check that it is typed correctly.',
  },
  errors: {
    generic: 'We could not look up your procedures. Please try again in a few minutes.',
    refreshFailed: 'Could not refresh. Showing the latest information we have.',
  },
  refresh: 'Refresh',
  refreshing: 'Refreshing…',
  empty: 'You have no procedures yet.',
  updatedAt: 'Updated at {{time}}.',
  noChanges: 'No changes since the last check.',
  changed: '{{name}} ({{folio}}) is now: {{status}}.',
  row: {
    show: 'View details',
    hide: 'Hide details',
  },
  tramite: {
    agency: 'Agency',
    folio: 'Folio',
    lineaCaptura: 'Payment reference',
    createdAt: 'Started',
    updatedAt: 'Last update',
    status: 'Status',
    timeline: 'Progress',
    current: '(current status)',
  },
} satisfies typeof es;
