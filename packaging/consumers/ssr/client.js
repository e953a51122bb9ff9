// Must come before Lit loads: it makes LitElement hydrate the server's declarative shadow roots.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
// Every registration module (vite.config.js writes this from the package's manifest).
import 'virtual:llave-tags';
