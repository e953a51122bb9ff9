import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../packages/elements/src/login-button/llave-login-button.js';
import '../packages/elements/src/session/llave-session.js';
import { sessionHandlers } from './msw/session.js';

interface Args {
  level?: string;
  size: 's' | 'm' | 'l';
  variant: 'primary' | 'outline';
  profileHref?: string;
  verifyHref?: string;
}

/*
 * Each story wraps the button in its own <llave-session> so it reads the session that story's
 * msw handlers answer, not a session cached by another story.
 */
const meta: Meta<Args> = {
  title: 'Cuenta/Botón de inicio de sesión',
  component: 'llave-login-button',
  args: { size: 'm', variant: 'primary', profileHref: '/mi-perfil' },
  argTypes: {
    size: { control: 'inline-radio', options: ['s', 'm', 'l'] },
    variant: { control: 'inline-radio', options: ['primary', 'outline'] },
    level: { control: 'select', options: [undefined, 'basica', 'verificada', 'firma'] },
  },
  render: (args) =>
    html`<llave-session>
      <llave-login-button
        size=${args.size}
        variant=${args.variant}
        level=${args.level ?? ''}
        profile-href=${args.profileHref ?? ''}
        verify-href=${args.verifyHref ?? nothing}
        ><a href="/llave/login">Iniciar sesión con Llave CDMX</a></llave-login-button
      >
    </llave-session>`,
  parameters: { msw: { handlers: sessionHandlers.signedOut() } },
};
export default meta;
type Story = StoryObj<Args>;

export const SignedOut: Story = { name: 'Sin sesión' };
export const Outline: Story = {
  name: 'Con contorno',
  args: { variant: 'outline' },
};
export const Small: Story = {
  name: 'Tamaño chico',
  args: { size: 's' },
};
export const Large: Story = {
  name: 'Tamaño grande',
  args: { size: 'l' },
};
export const Loading: Story = {
  name: 'Cargando',
  parameters: { msw: { handlers: sessionHandlers.loading() } },
};
export const SessionError: Story = {
  name: 'Error al leer la sesión',
  parameters: { msw: { handlers: sessionHandlers.error() } },
};
export const SignedInBasica: Story = {
  name: 'Con sesión, nivel Básica',
  parameters: { msw: { handlers: sessionHandlers.signedIn('basica') } },
};
export const SignedInVerificada: Story = {
  name: 'Con sesión, nivel Verificada',
  parameters: { msw: { handlers: sessionHandlers.signedIn('verificada') } },
};
export const StepUpRequired: Story = {
  name: 'Nivel requerido',
  args: { level: 'verificada' },
  parameters: { msw: { handlers: sessionHandlers.signedIn('basica') } },
};
export const English: Story = {
  name: 'En inglés',
  globals: { locale: 'en' },
  parameters: { msw: { handlers: sessionHandlers.signedIn('firma') } },
};
/** Llave protocol: a básica citizen on a page that needs verificada is sent to verify a contact. */
export const StepUpVerifyContact: Story = {
  name: 'Subir de nivel verificando un contacto',
  args: { level: 'verificada', verifyHref: '/verificar' },
  parameters: { msw: { handlers: sessionHandlers.withLevelUp('llave', 'basica') } },
};
export const StepUpVerifyContactEnglish: Story = {
  name: 'Subir de nivel verificando un contacto, en inglés',
  ...StepUpVerifyContact,
  globals: { locale: 'en' },
};
/** Llave protocol: the e.firma cannot be obtained online, so the button says so instead. */
export const StepUpUnavailable: Story = {
  name: 'Nivel que no se obtiene en línea',
  args: { level: 'firma' },
  parameters: { msw: { handlers: sessionHandlers.withLevelUp('llave', 'basica') } },
};
export const StepUpUnavailableEnglish: Story = {
  name: 'Nivel que no se obtiene en línea, en inglés',
  ...StepUpUnavailable,
  globals: { locale: 'en' },
};
/** OpenID Connect: the IdP raises the level at sign-in (`acr_values`). */
export const StepUpLogin: Story = {
  name: 'Subir de nivel iniciando sesión',
  args: { level: 'firma' },
  parameters: { msw: { handlers: sessionHandlers.withLevelUp('oidc', 'verificada') } },
};
