/**
 * Passwords people pick first, which attackers therefore try first (NIST SP 800-63B §3.1.1.2:
 * "passwords obtained from previous breach corpuses", "dictionary words", "context-specific
 * words"). Global top entries of public breach rankings plus Spanish and Mexican favourites.
 *
 * It ships to browsers, so it stays compact: lowercase, without accents (comparison folds
 * them), without leet spellings (comparison undoes them) and without trailing digits where
 * a base word covers them (`chivas` covers `chivas123`). `password-blocklist.test.ts` keeps
 * the gzip size under 3 KB.
 */
const LIST =
  // Global top lists (digits and keyboard patterns that a base word cannot cover).
  '123456 123456789 12345678 1234567890 12345 1234567 123123 111111 000000 654321 123321 ' +
  '666666 121212 112233 123654 159753 147258 147258369 789456 789456123 987654321 11111111 ' +
  '12341234 123123123 1q2w3e4r 1q2w3e4r5t 1qaz2wsx zaq12wsx qazwsx qwerty qwertyuiop ' +
  'qwerty123 asdfgh asdfghjkl asdfghjklñ zxcvbnm azerty abc123 abcd1234 aa123456 a123456 ' +
  'q1w2e3r4 1a2b3c4d passw0rd password p4ssword pass admin administrator root login welcome ' +
  'letmein iloveyou lovely trustno1 monkey dragon master shadow sunshine princess football ' +
  'baseball soccer superman batman starwars pokemon whatever freedom hello charlie michael ' +
  'jordan jennifer ashley hunter ranger buster thomas robert daniel andrew joshua matthew ' +
  'jessica michelle nicole babygirl qwertyu secret access flower killer cheese computer ' +
  'internet samsung iphone google facebook instagram twitter youtube blink182 naruto ' +
  'changeme default guest test testing temporal temporary user usuario ' +
  // Spanish and Mexican favourites.
  'contrasena contrasenia clave miclave clavesegura secreto acceso entrar bienvenido hola ' +
  'holamundo holahola adios mexico mexicano mexicana mexico123 viva vivamexico cdmx cdmx2024 ' +
  'cdmx2025 cdmx2026 ciudaddemexico chilango chilanga llave llavecdmx gobierno gobiernocdmx ' +
  'teamo teamomucho tequiero amor amorcito amormio miamor mivida micorazon corazon carino ' +
  'cielo mariposa princesa principe bonita bonito hermosa hermoso preciosa linda muneca ' +
  'nena nene bebe bebito bebita chiquita gordo gorda flaca flaco negrito guero guera ' +
  'mama mami mamita papa papi papito familia hijos hermano hermana abuela abuelita ' +
  'dios diosesamor diosteama jesus jesucristo cristo virgen guadalupe virgendeguadalupe ' +
  'angel angelito estrella luna sol tesoro fantasma chocolate chocolatito galleta gatito ' +
  'perrito michi pelusa canela chispita manzana fresa limon tacos taco tequila mezcal chela ' +
  'futbol futbolito america americanista aguilas chivas chivas10 guadalajara rebano pumas ' +
  'pumasunam unam cruzazul maquina tigres tigresuanl rayados monterrey toluca diablos ' +
  'santos leon atlas necaxa tuzos pachuca puebla xolos barcelona barca realmadrid madrid ' +
  'messi ronaldo cristiano neymar chicharito mundial seleccion tricolor campeon campeones ' +
  'maria mariana marisol lupita juan juanito jose josefina luis carlos jorge ' +
  'miguel alejandro alejandra fernando fernanda francisco pedro antonio manuel ricardo ' +
  'eduardo roberto javier sergio raul arturo alberto ernesto rafael ramon rodrigo gabriel ' +
  'diego pablo andrea daniela gabriela valeria valentina sofia ximena ana laura patricia ' +
  'veronica claudia adriana leticia rosa martha elena carmen monica karla paola brenda ' +
  'yolanda gonzalez hernandez garcia martinez lopez rodriguez perez sanchez ramirez flores ' +
  'escuela colegio trabajo oficina sistema sistemas celular telefono computadora ' +
  'correo correo123 nuevo nueva nuevacontrasena cambiame cambiar olvide noseme noselo nose ' +
  'asdasd qweqwe asdf1234 qwer1234 pollo pepito pepe chavo chapulin naranja verde azul rojo ' +
  'negro blanco amarillo morado rosita enero febrero marzo abril mayo junio julio agosto ' +
  'septiembre octubre noviembre diciembre lunes martes miercoles jueves viernes sabado domingo';

/** Folds case, accents, width and leet spellings so `Contraseña`, `CONTRASENA`, `c0ntr@señ4` meet. */
export function foldForComparison(input: string): string {
  return input.normalize('NFKC').toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '@': 'a',
  $: 's',
  '5': 's',
  '7': 't',
  '!': 'i',
};
export function unleet(folded: string): string {
  return folded.replace(/[013457@$!]/g, (c) => LEET[c] ?? c);
}

export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(
  LIST.split(' ').map(foldForComparison),
);

// Digits, punctuation and spaces people wrap around a base word: `Chivas2024!`, `*amor*`.
const WRAPPING = /^[^\p{L}]+|[^\p{L}]+$/gu;

// More wrapping than this is a password of its own (`8472916305luna`), not a listed word in disguise.
const MAX_WRAPPING = 6;

/**
 * True when the password is on the list, a leet spelling of a listed word, or a listed word
 * wrapped in a few digits and symbols (`Chivas2024!`): attackers' rule sets try those first.
 */
export function isCommonPassword(password: string): boolean {
  const folded = foldForComparison(password);
  const candidates = [folded, unleet(folded)];
  for (const variant of [folded, unleet(folded)]) {
    const core = variant.replace(WRAPPING, '');
    if ([...variant].length - [...core].length <= MAX_WRAPPING) candidates.push(core, unleet(core));
  }
  return candidates.some((c) => c !== '' && COMMON_PASSWORDS.has(c));
}
