/**
 * msw handlers for `<llave-session mode="browser">` stories: an OpenID Connect issuer's
 * discovery document, so the session can process (and refuse) an IdP answer without a network.
 */
import { HttpResponse, http } from 'msw';

export const STORY_ISSUER = 'https://idp.example';

export const browserSessionHandlers = {
  /** Discovery for every issuer under STORY_ISSUER (stories name one each: see session.stories). */
  discovery: () => [
    http.get(`${STORY_ISSUER}/:name/.well-known/openid-configuration`, ({ params }) => {
      const issuer = `${STORY_ISSUER}/${String(params.name)}`;
      return HttpResponse.json({
        issuer,
        authorization_endpoint: `${issuer}/auth`,
        token_endpoint: `${issuer}/token`,
        userinfo_endpoint: `${issuer}/me`,
        end_session_endpoint: `${issuer}/session/end`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ['code'],
        code_challenge_methods_supported: ['S256'],
        authorization_response_iss_parameter_supported: true,
      });
    }),
  ],
};
