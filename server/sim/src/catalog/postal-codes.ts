/**
 * Importer for the Correos de México postal-code catalog in its own format ("CPdescarga.txt"):
 * Latin-1 bytes, `|`-separated, a notice on the first line, the header on the second. Columns
 * are found by header name, so a reordered file still imports.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Asentamiento, PostalCodeLookup } from '@llave-cdmx/core';

export const CORREOS_COLUMNS = [
  'd_codigo',
  'd_asenta',
  'd_tipo_asenta',
  'D_mnpio',
  'd_estado',
  'd_ciudad',
  'd_CP',
  'c_estado',
  'c_oficina',
  'c_CP',
  'c_tipo_asenta',
  'c_mnpio',
  'id_asenta_cpcons',
  'd_zona',
  'c_cve_ciudad',
] as const;

export interface PostalCodeRow {
  codigoPostal: string;
  asentamiento: string;
  tipoAsentamiento: string;
  municipio: string;
  estado: string;
  ciudad: string;
  claveEstado: string;
  claveMunicipio: string;
  idAsentamiento: string;
  zona: string;
}

export class CatalogFormatError extends Error {
  override name = 'CatalogFormatError';
}

/** The bundled sample (our own rows in the official layout; the official file may not be redistributed). */
export const SAMPLE_FILE = fileURLToPath(new URL('../../data/cp-sample.txt', import.meta.url));

export function parseCorreosCatalog(bytes: Uint8Array): PostalCodeRow[] {
  // The official file is Latin-1; decoding it as UTF-8 would turn every accent into U+FFFD.
  const text = new TextDecoder('latin1').decode(bytes);
  const lines = text.split(/\r?\n/);
  const header = (lines[1] ?? '').split('|').map((h) => h.trim());
  const index = new Map(header.map((name, i) => [name, i]));
  const missing = CORREOS_COLUMNS.filter((c) => !index.has(c));
  if (missing.length > 0) {
    throw new CatalogFormatError(
      `not a Correos de México catalog: line 2 lacks ${missing.join(', ')}`,
    );
  }
  const col = (cells: string[], name: (typeof CORREOS_COLUMNS)[number]) =>
    (cells[index.get(name)!] ?? '').trim();
  const rows: PostalCodeRow[] = [];
  for (let i = 2; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const cells = line.split('|');
    const codigoPostal = col(cells, 'd_codigo');
    if (!/^\d{5}$/.test(codigoPostal)) {
      throw new CatalogFormatError(`line ${i + 1}: d_codigo "${codigoPostal}" is not 5 digits`);
    }
    rows.push({
      codigoPostal,
      asentamiento: col(cells, 'd_asenta'),
      tipoAsentamiento: col(cells, 'd_tipo_asenta'),
      municipio: col(cells, 'D_mnpio'),
      estado: col(cells, 'd_estado'),
      ciudad: col(cells, 'd_ciudad'),
      claveEstado: col(cells, 'c_estado'),
      claveMunicipio: col(cells, 'c_mnpio'),
      idAsentamiento: col(cells, 'id_asenta_cpcons').padStart(4, '0'),
      zona: col(cells, 'd_zona'),
    });
  }
  return rows;
}

const ZONAS = new Set(['Urbano', 'Rural', 'Semiurbano']);

/** The imported catalog, indexed by postal code. */
export class PostalCodeCatalog {
  readonly #byCode = new Map<string, PostalCodeRow[]>();

  constructor(readonly rows: readonly PostalCodeRow[]) {
    for (const row of rows) {
      const list = this.#byCode.get(row.codigoPostal);
      if (list) list.push(row);
      else this.#byCode.set(row.codigoPostal, [row]);
    }
  }

  get size(): number {
    return this.rows.length;
  }

  lookup(codigoPostal: string): PostalCodeLookup | undefined {
    const rows = this.#byCode.get(codigoPostal);
    if (!rows) return undefined;
    const first = rows[0]!;
    const asentamientos: Asentamiento[] = rows
      .map((r) => ({
        id: r.idAsentamiento,
        nombre: r.asentamiento,
        tipo: r.tipoAsentamiento,
        ...(ZONAS.has(r.zona) ? { zona: r.zona as Asentamiento['zona'] } : {}),
      }))
      // Same name with two types (Pueblo and Barrio San Juan) sort together, then by type.
      .sort((a, b) => a.nombre.localeCompare(b.nombre, 'es') || a.tipo.localeCompare(b.tipo, 'es'));
    return {
      codigoPostal,
      estado: first.estado,
      municipio: first.municipio,
      ...(first.ciudad ? { ciudad: first.ciudad } : {}),
      asentamientos,
    };
  }

  /** Asentamientos and distinct municipios of one state (`c_estado`, e.g. `09` for CDMX). */
  statsForState(claveEstado: string): { asentamientos: number; municipios: number } {
    const rows = this.rows.filter((r) => r.claveEstado === claveEstado);
    return {
      asentamientos: rows.length,
      municipios: new Set(rows.map((r) => r.claveMunicipio)).size,
    };
  }
}

export async function loadPostalCodeCatalog(
  file: string = SAMPLE_FILE,
): Promise<PostalCodeCatalog> {
  return new PostalCodeCatalog(parseCorreosCatalog(await readFile(file)));
}
