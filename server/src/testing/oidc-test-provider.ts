import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export interface TestAccount {
  sub: string;
  name: string;
  preferred_username: string;
  groups: string[];
}

export interface OidcTestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The account the next login interaction signs in as (the "user" at the IdP's login page). */
  signInAs(account: TestAccount): void;
  /** Follows a new browser's redirects through the provider until they lead back to `returnPrefix`. */
  browse(startUrl: string, returnPrefix: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * A real OpenID provider (the `oidc-provider` package) on a random loopback port, for specs. Its
 * login and consent pages are replaced by a handler that signs in the chosen account and grants
 * the requested scopes, so a spec can drive the whole code flow over HTTP without a browser.
 */
export async function startOidcTestProvider(redirectUri: string): Promise<OidcTestProvider> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const accounts = new Map<string, TestAccount>();
  let current: TestAccount | null = null;
  const clientId = 'keha-test';
  const clientSecret = 'keha-test-client-secret';

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    claims: { openid: ['sub'], profile: ['name', 'preferred_username'], groups: ['groups'] },
    features: { devInteractions: { enabled: false } },
    pkce: { required: () => true },
    cookies: { keys: ['oidc-test-provider-cookie-key'] },
    // Own signing key and lifetimes, instead of the provider's loud development defaults.
    jwks: {
      keys: [
        {
          ...crypto.generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }),
          kid: 'test',
          alg: 'RS256',
          use: 'sig',
        },
      ],
    },
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      Grant: 600,
      IdToken: 600,
      Interaction: 600,
      Session: 600,
    },
    findAccount: (_ctx, id) => {
      const account = accounts.get(id);
      return account ? { accountId: id, claims: () => ({ ...account }) } : undefined;
    },
  });

  const handleProvider = provider.callback();
  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (!req.url?.startsWith('/interaction/')) return void handleProvider(req, res);
    void (async () => {
      const details = await provider.interactionDetails(req, res);
      if (details.prompt.name === 'login') {
        accounts.set(current!.sub, current!);
        await provider.interactionFinished(
          req,
          res,
          { login: { accountId: current!.sub } },
          { mergeWithLastSubmission: false },
        );
        return;
      }
      const grant = new provider.Grant({ accountId: details.session!.accountId, clientId });
      grant.addOIDCScope(String(details.params['scope']));
      const grantId = await grant.save();
      await provider.interactionFinished(
        req,
        res,
        { consent: { grantId } },
        { mergeWithLastSubmission: true },
      );
    })().catch((err: unknown) => {
      res.statusCode = 500;
      res.end(String(err));
    });
  });

  return {
    issuer,
    clientId,
    clientSecret,
    signInAs: (account) => (current = account),
    async browse(startUrl, returnPrefix) {
      const jar = new Map<string, string>(); // a fresh browser: no IdP session yet
      let url = startUrl;
      while (!url.startsWith(returnPrefix)) {
        const cookie = [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
        const res = await fetch(url, { redirect: 'manual', headers: cookie ? { cookie } : {} });
        for (const set of res.headers.getSetCookie()) {
          const [pair] = set.split(';');
          const eq = pair!.indexOf('=');
          jar.set(pair!.slice(0, eq), pair!.slice(eq + 1));
        }
        const location = res.headers.get('location');
        if (!location)
          throw new Error(`The provider answered ${res.status} without a redirect: ${await res.text()}`);
        url = new URL(location, url).href;
      }
      return url;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
