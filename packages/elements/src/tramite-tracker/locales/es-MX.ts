/** es-MX, the source language of `<llave-tramite-tracker>`. */
export default {
  titleMine: 'Tus trámites',
  titleLookup: 'Consulta tu trámite',
  titleFolio: 'Estado de tu trámite',
  lookup: {
    label: 'Folio o línea de captura',
    help: 'Son 20 letras y números. Lo encuentras en tu comprobante o en el correo que te enviamos.',
    submit: 'Consultar',
    searching: 'Buscando el trámite…',
    found: 'Encontramos tu trámite: {{name}}, folio {{folio}}. Estado: {{status}}.',
    notFound: 'No encontramos un trámite con el folio {{folio}}. Revisa que esté bien escrito.',
  },
  errors: {
    generic: 'No pudimos consultar tus trámites. Inténtalo de nuevo en unos minutos.',
    refreshFailed: 'No se pudo actualizar. Mostramos la última información disponible.',
  },
  refresh: 'Actualizar',
  refreshing: 'Actualizando…',
  empty: 'Todavía no tienes trámites.',
  updatedAt: 'Actualizado a las {{time}}.',
  noChanges: 'Sin cambios desde la última consulta.',
  changed: '{{name}} ({{folio}}) ahora está: {{status}}.',
  row: {
    show: 'Ver detalle',
    hide: 'Ocultar detalle',
  },
  tramite: {
    agency: 'Dependencia',
    folio: 'Folio',
    lineaCaptura: 'Línea de captura',
    createdAt: 'Iniciado',
    updatedAt: 'Última actualización',
    status: 'Estado',
    timeline: 'Seguimiento',
    current: '(estado actual)',
  },
};
