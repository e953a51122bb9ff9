/**
 * Seeds a fresh store once (README "Seed data"): three citizens, their expedientes in every
 * document status and trámites in every status. A store that was seeded before is left alone,
 * so a restart never overwrites what someone changed while trying the demo.
 */
import type { Address } from '@llave-cdmx/core';
import { REGISTRY_PEOPLE } from '../catalog/curp-registry.js';
import type { PostalCodeCatalog } from '../catalog/postal-codes.js';
import { CITIZEN_ROLE } from '../store/accounts.js';
import { hashPassword } from '../store/password-hash.js';
import type { StoredDocument } from '../store/schema.js';
import type { Store } from '../store/store.js';
import type { SimAccount } from '../types.js';
import {
  BASIC_CURP,
  BASIC_EMAIL,
  DEMO_CURP,
  DEMO_EMAIL,
  DEMO_MOBILE,
  DEMO_PASSWORD,
  FIRMA_CURP,
  FIRMA_EMAIL,
  FIRMA_MOBILE,
  FOREIGNER_EMAIL,
  SEED_DOCUMENT_IDS,
  SEED_IDS,
} from './ids.js';
import { samplePdf, samplePng } from './sample-files.js';
import { seedTramites } from './tramites.js';

// scrypt is slow by design; every test builds a simulator, so hash the demo password once.
let demoHash: Promise<string> | undefined;

function registryPerson(curp: string) {
  const person = REGISTRY_PEOPLE.find((p) => p.curp === curp);
  if (!person) throw new Error(`seed person ${curp} missing from the registry`);
  return { ...person };
}

function address(
  catalog: PostalCodeCatalog,
  cp: string,
  nombre: string,
  rest: Pick<Address, 'calle' | 'numeroExterior' | 'numeroInterior'>,
): Address | undefined {
  const lookup = catalog.lookup(cp);
  const asentamiento = lookup?.asentamientos.find((a) => a.nombre === nombre);
  if (!lookup || !asentamiento) return undefined;
  return {
    codigoPostal: cp,
    estado: lookup.estado,
    municipio: lookup.municipio,
    asentamientoId: asentamiento.id,
    asentamiento: asentamiento.nombre,
    tipoAsentamiento: asentamiento.tipo,
    ...rest,
  };
}

async function seedAccounts(catalog: PostalCodeCatalog): Promise<SimAccount[]> {
  demoHash ??= hashPassword(DEMO_PASSWORD);
  const passwordHash = await demoHash;
  const roles = [CITIZEN_ROLE];
  const demoAddress = address(catalog, '06700', 'Roma Norte', {
    calle: 'Calle Colima',
    numeroExterior: '123',
    numeroInterior: '4B',
  });
  const basicAddress = address(catalog, '04100', 'Del Carmen', {
    calle: 'Avenida Francisco Sosa',
    numeroExterior: '45',
  });
  return [
    {
      id: SEED_IDS.demo,
      kind: 'nacional',
      level: 'verificada',
      personal: registryPerson(DEMO_CURP),
      ...(demoAddress ? { address: demoAddress } : {}),
      contact: {
        email: DEMO_EMAIL,
        emailVerified: true,
        mobile: DEMO_MOBILE,
        mobileVerified: true,
      },
      passwordHash,
      roles,
      createdAt: '2025-06-01T16:00:00.000Z',
    },
    {
      id: SEED_IDS.basic,
      kind: 'nacional',
      level: 'basica',
      personal: registryPerson(BASIC_CURP),
      ...(basicAddress ? { address: basicAddress } : {}),
      contact: { email: BASIC_EMAIL, emailVerified: false, mobileVerified: false },
      passwordHash,
      roles,
      createdAt: '2026-01-10T16:00:00.000Z',
    },
    {
      id: SEED_IDS.foreigner,
      kind: 'extranjero',
      level: 'verificada',
      personal: {
        nombre: 'Sofía',
        primerApellido: 'Castillo',
        segundoApellido: 'Morales',
        sexo: 'M',
        fechaNacimiento: '1993-04-18',
        nacionalidad: 'GT',
        documentoTipo: 'pasaporte',
        documentoNumero: 'G12345678',
      },
      contact: { email: FOREIGNER_EMAIL, emailVerified: true, mobileVerified: false },
      passwordHash,
      roles,
      createdAt: '2025-09-20T16:00:00.000Z',
    },
    {
      id: SEED_IDS.firma,
      kind: 'nacional',
      level: 'firma',
      personal: registryPerson(FIRMA_CURP),
      ...(demoAddress ? { address: demoAddress } : {}),
      contact: {
        email: FIRMA_EMAIL,
        emailVerified: true,
        mobile: FIRMA_MOBILE,
        mobileVerified: true,
      },
      passwordHash,
      roles,
      createdAt: '2024-03-15T16:00:00.000Z',
    },
  ];
}

function doc(
  ownerId: string,
  id: string,
  fields: Omit<StoredDocument, 'ownerId' | 'id' | 'sizeBytes'>,
  bytes: Uint8Array,
) {
  return { meta: { ...fields, id, ownerId, sizeBytes: bytes.byteLength }, bytes };
}

function seedDocuments() {
  return [
    doc(
      SEED_IDS.demo,
      SEED_DOCUMENT_IDS.demoIdentificacion,
      {
        type: 'identificacion',
        name: 'Credencial para votar',
        mediaType: 'image/png',
        uploadedAt: '2025-06-02T17:00:00.000Z',
        cotejadoAt: '2025-06-05T15:30:00.000Z',
        status: 'cotejado',
      },
      samplePng(),
    ),
    doc(
      SEED_IDS.demo,
      SEED_DOCUMENT_IDS.demoDomicilio,
      {
        type: 'comprobante-domicilio',
        name: 'Recibo de luz enero 2026',
        mediaType: 'application/pdf',
        uploadedAt: '2026-01-20T18:00:00.000Z',
        status: 'cargado',
      },
      samplePdf('Comprobante de domicilio (muestra)'),
    ),
    doc(
      SEED_IDS.demo,
      SEED_DOCUMENT_IDS.demoActa,
      {
        type: 'acta',
        name: 'Acta de nacimiento',
        mediaType: 'application/pdf',
        uploadedAt: '2025-12-01T18:00:00.000Z',
        status: 'rechazado',
        rejectionReason: 'El documento es ilegible. Sube una copia escaneada completa.',
      },
      samplePdf('Acta de nacimiento (muestra)'),
    ),
    doc(
      SEED_IDS.basic,
      SEED_DOCUMENT_IDS.basicIdentificacion,
      {
        type: 'identificacion',
        name: 'Pasaporte',
        mediaType: 'application/pdf',
        uploadedAt: '2026-01-11T18:00:00.000Z',
        status: 'cargado',
      },
      samplePdf('Pasaporte (muestra)'),
    ),
    doc(
      SEED_IDS.firma,
      SEED_DOCUMENT_IDS.firmaPlanos,
      {
        type: 'inmueble',
        name: 'Planos arquitectónicos',
        mediaType: 'application/pdf',
        uploadedAt: '2026-02-03T18:00:00.000Z',
        status: 'cotejado',
        cotejadoAt: '2026-02-05T15:00:00.000Z',
      },
      samplePdf('Planos arquitectónicos (muestra)'),
    ),
  ];
}

export async function seedStore(store: Store, catalog: PostalCodeCatalog): Promise<boolean> {
  if (store.data.seededAt) return false;
  store.data.accounts.push(...(await seedAccounts(catalog)));
  for (const { meta, bytes } of seedDocuments()) {
    await store.blobs.put(meta.id, bytes);
    store.data.documents.push(meta);
  }
  store.data.tramites.push(...seedTramites());
  store.data.seededAt = new Date().toISOString();
  await store.write();
  return true;
}
