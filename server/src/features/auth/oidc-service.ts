import type { Request, Response } from 'express';
import type { Model } from 'mongoose';
import * as client from 'openid-client';
import type { OidcConfig } from '../../platform/auth/oidc-config.js';
import type { SessionManager } from '../../platform/auth/session-manager.js';
import type { User } from '../users/model.js';
import { rolesFromGroups, upsertOidcUser, type OidcClaims } from './oidc-users.js';

/** Where the browser lands after the round trip: the SPA, which then reads `/auth/me`. */
const AFTER_LOGIN = '/';
const FAILED = (reason: string) => `/login?sso=${reason}`;
/** A round trip older than this is refused (the user walked away from the IdP's page). */
const MAX_ROUND_TRIP_MS = 10 * 60_000;

/**
 * OpenID Connect authorization code flow with PKCE, state and nonce (openid-client v6). The
 * verifier, state and nonce live on the server-side session, never in the browser.
 */
export class OidcService {
  private configuration: Promise<client.Configuration> | null = null;

  constructor(
    private readonly config: OidcConfig,
    private readonly Users: Model<User>,
    private readonly sessions: SessionManager,
  ) {}

  async begin(req: Request, res: Response): Promise<void> {
    let configuration: client.Configuration;
    try {
      configuration = await this.discover();
    } catch (err) {
      req.log?.error({ err }, 'single sign-on provider discovery failed');
      return res.redirect(302, FAILED('unavailable'));
    }
    const session = await this.sessions.ensureSession(req, res);
    const pending = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      codeVerifier: client.randomPKCECodeVerifier(),
      startedAt: new Date(),
    };
    await this.sessions.startOidc(session, pending);
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.config.redirectUri,
      scope: this.config.scopes,
      code_challenge: await client.calculatePKCECodeChallenge(pending.codeVerifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    res.redirect(302, url.href);
  }

  /** Answers with a redirect either way; a failure carries a reason code for the login page. */
  async complete(req: Request, res: Response): Promise<void> {
    const session = req.sessionContext?.session;
    const pending = session ? await this.sessions.takeOidc(session) : null;
    if (!session || !pending || Date.now() - pending.startedAt.getTime() > MAX_ROUND_TRIP_MS) {
      return res.redirect(302, FAILED('expired'));
    }
    let claims: OidcClaims;
    try {
      const configuration = await this.discover();
      const currentUrl = new URL(req.originalUrl, this.config.redirectUri);
      const tokens = await client.authorizationCodeGrant(configuration, currentUrl, {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      claims = tokens.claims() as OidcClaims;
      if (!Array.isArray(claims[this.config.groupsClaim]) && tokens.access_token) {
        claims = {
          ...claims,
          ...(await client.fetchUserInfo(configuration, tokens.access_token, claims.sub)),
        };
      }
    } catch (err) {
      req.log?.warn({ err }, 'single sign-on callback refused');
      return res.redirect(302, FAILED('failed'));
    }
    const roles = rolesFromGroups(claims, this.config);
    if (roles.length === 0) return res.redirect(302, FAILED('no_role'));
    const user = await upsertOidcUser(this.Users, this.config, claims, roles);
    if (!user) return res.redirect(302, FAILED('inactive'));
    // MFA for SSO users is the IdP's job (the organisation's policy); Kehä does not ask again.
    await this.sessions.signIn(req, res, user._id, { mfaEnrolmentOnly: false });
    res.redirect(302, AFTER_LOGIN);
  }

  /** Discovery once, on first use; a failure is retried on the next login instead of cached. */
  private discover(): Promise<client.Configuration> {
    const { issuer, clientId, clientSecret } = this.config;
    // Plain http only for an IdP on this machine (development and the in-test provider).
    const loopback =
      issuer.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(issuer.hostname);
    this.configuration ??= client
      .discovery(issuer, clientId, undefined, client.ClientSecretBasic(clientSecret), {
        ...(loopback ? { execute: [client.allowInsecureRequests] } : {}),
      })
      .catch((err: unknown) => {
        this.configuration = null;
        throw err;
      });
    return this.configuration;
  }
}
