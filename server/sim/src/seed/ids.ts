/** Stable ids of the seeded records (README "Seed data"), so tests and the BFF can name them. */
export const SEED_IDS = {
  demo: 'ciudadano-demo',
  basic: 'ciudadana-basica',
  foreigner: 'persona-extranjera',
  firma: 'ciudadano-firma',
} as const;

export const SEED_DOCUMENT_IDS = {
  demoIdentificacion: 'doc-demo-identificacion',
  demoDomicilio: 'doc-demo-domicilio',
  demoActa: 'doc-demo-acta',
  basicIdentificacion: 'doc-basica-identificacion',
  firmaPlanos: 'doc-firma-planos',
} as const;

export const DEMO_PASSWORD = 'LlaveDemo2026!';
export const DEMO_EMAIL = 'demo.ciudadana@example.com';
export const DEMO_CURP = 'PEGJ900115HDFRRN03';
export const DEMO_MOBILE = '+525512345678';
export const BASIC_EMAIL = 'ana.basica@example.com';
export const BASIC_CURP = 'MAHA020730MJCRRNA7';
export const FOREIGNER_EMAIL = 'sofia.extranjera@example.com';
/** A citizen at level `firma` (CDMX electronic signature), who can sign documents. */
export const FIRMA_CURP = 'GOSC780910HMCNNR09';
export const FIRMA_EMAIL = 'carlos.firma@example.com';
export const FIRMA_MOBILE = '+525544332211';
