/** Where to go after signing in or out. */

/** Only paths inside the app: `//evil.example` or `https://...` would leave it (open redirect). */
export function safeReturnUrl(url: string | null | undefined): string {
  return url && url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/\\') ? url : '/';
}

/** The login page's query: why the user is there, and where to return (not to the login page itself). */
export function loginQuery(reason: string, returnUrl: string | null): Record<string, string> {
  const keep = returnUrl && !returnUrl.startsWith('/login') && returnUrl !== '/';
  return keep ? { reason, returnUrl } : { reason };
}
