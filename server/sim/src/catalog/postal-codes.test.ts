import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CatalogFormatError,
  loadPostalCodeCatalog,
  type PostalCodeCatalog,
  parseCorreosCatalog,
} from './postal-codes.js';

const HEADER =
  'd_codigo|d_asenta|d_tipo_asenta|D_mnpio|d_estado|d_ciudad|d_CP|c_estado|c_oficina|c_CP|c_tipo_asenta|c_mnpio|id_asenta_cpcons|d_zona|c_cve_ciudad';
const latin1 = (text: string) => Uint8Array.from(text, (ch) => ch.charCodeAt(0));

describe('parseCorreosCatalog', () => {
  it('decodes Latin-1, skips the notice and reads columns by header name', () => {
    const bytes = latin1(
      `Aviso de prueba\r\n${HEADER}\r\n04000|Villa Coyoacán|Colonia|Coyoacán|Ciudad de México|Ciudad de México|04001|09|04001||09|003|1|Urbano|01\r\n`,
    );
    expect(bytes.length).toBeLessThan(300); // one byte per accented letter: really Latin-1
    expect(parseCorreosCatalog(bytes)).toEqual([
      {
        codigoPostal: '04000',
        asentamiento: 'Villa Coyoacán',
        tipoAsentamiento: 'Colonia',
        municipio: 'Coyoacán',
        estado: 'Ciudad de México',
        ciudad: 'Ciudad de México',
        claveEstado: '09',
        claveMunicipio: '003',
        idAsentamiento: '0001',
        zona: 'Urbano',
      },
    ]);
  });

  it('refuses a file without the Correos header on line 2', () => {
    expect(() => parseCorreosCatalog(latin1('d_codigo|d_asenta\r\n01000|x\r\n'))).toThrow(
      CatalogFormatError,
    );
  });

  it('refuses a row whose postal code is not 5 digits, naming the line', () => {
    const bytes = latin1(`aviso\n${HEADER}\n4000|X|Colonia|M|E||||||||1|Urbano|\n`);
    expect(() => parseCorreosCatalog(bytes)).toThrow(/line 3/);
  });
});

describe('the bundled sample (data/cp-sample.txt)', () => {
  it('imports CDMX postal codes across the 16 alcaldías', async () => {
    const catalog = await loadPostalCodeCatalog();
    expect(catalog.size).toBeGreaterThanOrEqual(60);
    expect(catalog.size).toBeLessThanOrEqual(150);
    expect(catalog.statsForState('09')).toEqual({ asentamientos: catalog.size, municipios: 16 });
  });

  it('has codes with several asentamientos and one name with two types', async () => {
    const catalog = await loadPostalCodeCatalog();
    const xochimilco = catalog.lookup('16030');
    expect(xochimilco?.asentamientos.length).toBeGreaterThan(2);
    const sanJuan = xochimilco?.asentamientos
      .filter((a) => a.nombre === 'San Juan')
      .map((a) => a.tipo);
    expect(sanJuan).toEqual(['Barrio', 'Pueblo']);
    expect(new Set(xochimilco?.asentamientos.map((a) => a.id)).size).toBe(
      xochimilco?.asentamientos.length,
    );
  });

  it('is our own sample, not the official file (whose notice forbids redistribution)', async () => {
    const { readFile } = await import('node:fs/promises');
    const text = new TextDecoder('latin1').decode(
      await readFile(fileURLToPath(new URL('../../data/cp-sample.txt', import.meta.url))),
    );
    expect(text.split(/\r?\n/)[0]).toMatch(/^Muestra de prueba/);
  });
});

// The official file lives in the shared folder beside the repository (a checkout's `../shared`),
// never in the repository; CP_CATALOG_FILE points elsewhere.
const FULL =
  process.env.CP_CATALOG_FILE ??
  fileURLToPath(new URL('../../../../../shared/data/CPdescarga.txt', import.meta.url));
describe.skipIf(!existsSync(FULL))(
  `the official Correos de México file (${FULL}; skipped when absent: it may not be redistributed)`,
  () => {
    it('imports all 155,847 rows; CDMX (09) has 1,529 asentamientos in 16 alcaldías', async () => {
      const catalog: PostalCodeCatalog = await loadPostalCodeCatalog(FULL);
      expect(catalog.size).toBe(155_847);
      expect(catalog.statsForState('09')).toEqual({ asentamientos: 1_529, municipios: 16 });
      const sanAngel = catalog.lookup('01000');
      expect(sanAngel).toMatchObject({ estado: 'Ciudad de México', municipio: 'Álvaro Obregón' });
      expect(sanAngel?.asentamientos[0]).toEqual({
        id: '0001',
        nombre: 'San Ángel',
        tipo: 'Colonia',
        zona: 'Urbano',
      });
    });
  },
);
