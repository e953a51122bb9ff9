/**
 * The foundations pages' text, es-MX (the source) and English, chosen by the toolbar's language
 * global like the components' (RULES: every visible string in both languages).
 */
const es = {
  colours: 'Colores',
  coloursIntro:
    'Guinda #9F2241, guinda oscuro #691C32 y oro #BC955C de la identidad CDMX, sobre grises neutros. Valores claros y oscuros tal como los declara theme.css; en colores forzados, los colores del sistema.',
  token: 'Token',
  light: 'Claro',
  dark: 'Oscuro',
  forced: 'Colores forzados',
  sharedInDark: 'igual en oscuro',
  contrast: 'Contraste (WCAG 2.2 AA)',
  contrastIntro:
    'Cada par que usan los componentes, calculado con la fórmula de WCAG a partir de los mismos tokens. Texto: 4.5:1 (1.4.3). Bordes e indicador de foco: 3:1 (1.4.11).',
  foreground: 'Primer plano',
  background: 'Fondo',
  minimum: 'Mínimo',
  sample: 'Muestra',
  passes: 'cumple',
  fails: 'no cumple',
  textSample: 'Aa Trámite',
  goldNote:
    'El oro es decorativo (2.8:1 sobre blanco): filetes y bordes de insignias, nunca texto.',
  type: 'Tipografía',
  typeIntro:
    'Escala tipográfica, pesos e interlineado. El texto usa rem: crece con el tamaño de letra que elige la persona.',
  typeSample: 'Renueva tu licencia de conducir en línea',
  value: 'Valor',
  spaceAndShape: 'Espacios y formas',
  space: 'Espacios',
  radius: 'Radios',
  focus: 'Anillo de foco',
  focusIntro:
    'Visible en todo elemento que recibe el foco (2.4.7, 2.4.13): grosor, color y separación.',
  focusSample: 'Con foco',
  target: 'Tamaño de objetivos',
  targetIntro:
    'WCAG 2.2 (2.5.8) pide al menos 24×24 px CSS; los componentes usan 44 px, cómodo para personas mayores en teléfonos.',
  motion: 'Movimiento',
  motionIntro: 'Con «reducir movimiento» activado, la transición baja a 0 ms (2.3.3).',
  other: 'Otros tokens',
  agency: 'Tema de una dependencia',
  agencyIntro:
    'Una dependencia adapta los componentes con los tokens --llave-* documentados (en :root o en un contenedor), las propiedades propias de cada componente (--llave-<componente>-*) y ::part. Elige «Dependencia (ejemplo)» en el menú Tema de la barra para ver todas las historias así.',
  agencySets: 'Lo que cambia el ejemplo',
  can: 'Puede cambiar',
  cannot: 'No puede cambiar',
  canList: [
    'Colores de marca, de foco y de superficies, con valores claros y oscuros que cumplan el contraste de la tabla de Colores.',
    'Familia tipográfica, tamaños, radios y espacios.',
    'Las propiedades de cada componente y sus partes (::part), listadas en la pestaña Docs.',
  ],
  cannotList: [
    'Los textos, su orden y su idioma: vienen del componente, en español y en inglés.',
    'Los estados, los mensajes de error y lo que se anuncia a lectores de pantalla.',
    'El foco visible y el tamaño mínimo de los objetivos: se pueden recolorear, no quitar.',
    'Los colores del sistema en colores forzados: mandan los de la persona.',
  ],
  review: 'Cómo revisar',
  reviewIntro: 'Pasos para revisar un componente como lo vive la ciudadanía.',
  reviewSteps: [
    'Idioma: menú Idioma de la barra (español de México e inglés). Cada historia debe cambiar todo su texto.',
    'Esquema y tema: el menú Esquema fija claro u oscuro con data-llave-theme, o «Sistema» sigue la preferencia del sistema operativo; el menú Tema cambia de CDMX a «Dependencia (ejemplo)», un tema de dependencia con valores claros y oscuros.',
    'Colores forzados: Storybook no los emula. En Chrome o Edge abre DevTools › Rendering › «Emulate CSS media feature forced-colors: active», o activa Alto contraste en Windows. Lo que se ve ahí es lo que verá la persona; la tabla de Colores lista los colores del sistema que usa cada token.',
    'Tamaños de pantalla: menú de viewport de la barra. «Teléfono pequeño 320 px» es el ancho de reflujo de WCAG (1.4.10) y «Teléfono 360×740» el teléfono más común; también tableta y escritorio.',
    'Zoom al 200 %: con el viewport de escritorio, acerca el navegador al 200 % (Ctrl o Cmd y +). Nada debe cortarse ni encimarse y no debe aparecer desplazamiento horizontal (1.4.4). 400 % en 1280 px equivale a 320 px.',
    'Teclado: recorre la historia con Tab, Mayús+Tab, Enter, Espacio y Escape. El foco debe verse siempre y seguir el orden de lectura.',
    'Accesibilidad: la pestaña Accessibility corre axe en cada historia; la revisión automática de la biblioteca (scripts/stories-check.mjs) lo corre además en inglés, en oscuro, con el tema de dependencia y con colores forzados emulados en Chromium.',
    'Movimiento: DevTools › Rendering › «prefers-reduced-motion: reduce» apaga las transiciones.',
  ],
} as const;

type Strings = {
  [K in keyof typeof es]: (typeof es)[K] extends readonly string[] ? readonly string[] : string;
};

const en: Strings = {
  colours: 'Colours',
  coloursIntro:
    'CDMX guinda #9F2241, dark guinda #691C32 and gold #BC955C on neutral greys. Light and dark values as theme.css declares them; under forced colours, the system colours.',
  token: 'Token',
  light: 'Light',
  dark: 'Dark',
  forced: 'Forced colours',
  sharedInDark: 'same in dark',
  contrast: 'Contrast (WCAG 2.2 AA)',
  contrastIntro:
    'Every pair the components use, computed with the WCAG formula from the same tokens. Text: 4.5:1 (1.4.3). Borders and focus indicator: 3:1 (1.4.11).',
  foreground: 'Foreground',
  background: 'Background',
  minimum: 'Minimum',
  sample: 'Sample',
  passes: 'passes',
  fails: 'fails',
  textSample: 'Aa Trámite',
  goldNote: 'Gold is decorative (2.8:1 on white): rules and badge borders, never text.',
  type: 'Typography',
  typeIntro:
    'Type scale, weights and line height. Text uses rem: it grows with the font size the person chooses.',
  typeSample: 'Renew your driving licence online',
  value: 'Value',
  spaceAndShape: 'Space and shape',
  space: 'Spacing',
  radius: 'Radii',
  focus: 'Focus ring',
  focusIntro:
    'Visible on every element that takes focus (2.4.7, 2.4.13): width, colour and offset.',
  focusSample: 'Focused',
  target: 'Target sizes',
  targetIntro:
    'WCAG 2.2 (2.5.8) asks for at least 24×24 CSS px; the components use 44 px, comfortable for older adults on phones.',
  motion: 'Motion',
  motionIntro: 'With "reduce motion" on, the transition drops to 0 ms (2.3.3).',
  other: 'Other tokens',
  agency: 'An agency theme',
  agencyIntro:
    'An agency adapts the components with the documented --llave-* tokens (on :root or on a container), each component\'s own properties (--llave-<component>-*) and ::part. Choose "Agency (example)" in the toolbar\'s Theme menu to see every story that way.',
  agencySets: 'What the example changes',
  can: 'Can change',
  cannot: 'Cannot change',
  canList: [
    'Brand, focus and surface colours, with light and dark values that meet the contrast in the Colours table.',
    'Font family, sizes, radii and spacing.',
    "Each component's properties and parts (::part), listed in the Docs tab.",
  ],
  cannotList: [
    'The text, its order and its language: they come from the component, in Spanish and English.',
    'States, error messages and what screen readers announce.',
    'The visible focus and the minimum target size: they can be recoloured, not removed.',
    "System colours under forced colours: the person's own win.",
  ],
  review: 'How to review',
  reviewIntro: 'Steps to review a component the way citizens meet it.',
  reviewSteps: [
    "Language: the toolbar's Language menu (Mexican Spanish and English). Every story must change all its text.",
    'Scheme and theme: the Scheme menu sets light or dark with data-llave-theme, or "System" follows the operating system\'s preference; the Theme menu switches from CDMX to "Agency (example)", an agency theme with light and dark values.',
    'Forced colours: Storybook does not emulate them. In Chrome or Edge open DevTools › Rendering › "Emulate CSS media feature forced-colors: active", or turn on High contrast in Windows. What you see there is what the person sees; the Colours table lists the system colour each token uses.',
    'Screen sizes: the toolbar\'s viewport menu. "Small phone 320 px" is WCAG\'s reflow width (1.4.10) and "Phone 360×740" the most common phone; tablet and desktop too.',
    'Zoom to 200 %: with the desktop viewport, zoom the browser to 200 % (Ctrl or Cmd and +). Nothing may be cut off or overlap and no horizontal scrolling may appear (1.4.4). 400 % at 1280 px equals 320 px.',
    'Keyboard: go through the story with Tab, Shift+Tab, Enter, Space and Escape. Focus must always show and follow the reading order.',
    "Accessibility: the Accessibility tab runs axe on every story; the library's automatic check (scripts/stories-check.mjs) also runs it in English, in dark, with the agency theme and under forced colours emulated in Chromium.",
    'Motion: DevTools › Rendering › "prefers-reduced-motion: reduce" turns transitions off.',
  ],
};

export const strings = (locale: string | undefined): Strings =>
  locale?.startsWith('en') ? en : es;
