// A Node server's TypeScript: the BFF as a library.
import { configFromEnv, createLlaveBff, type LlaveBffOptions } from '@llave-cdmx/bff';

const options: LlaveBffOptions = configFromEnv({
  LLAVE_PUBLIC_ORIGIN: 'https://tramites.example.gob.mx',
  LLAVE_IDP_URL: 'https://llave.example',
  LLAVE_CLIENT_ID: 'agency',
  LLAVE_CLIENT_SECRET: 'secret',
});
const bff = createLlaveBff(options);
const prefix: string = bff.config.prefix;
const answer: Promise<Response> = Promise.resolve(
  bff.fetch(new Request(`https://x${prefix}/session`)),
);
void answer.then(() => bff.close());
