import { SessionInfo } from '../../auth/data/session.model';
import { OFFLINE_SESSION_KEY } from '../../auth/state/offline-session';
import { VISIT_ROLES } from '../../../layout/nav-items';

const VISIT_FORM_PATH = /^\/visits\/[^/]+\/?$/;

/**
 * A (re)load of the visit form, typically offline from the service worker: its route chunks are
 * requested at once, while the app starts, instead of after the session check and the route guards.
 * Only for a tab whose last known session has a visit role (the role areas stay unloaded for others);
 * the guards still decide whether the form is shown. Returns whether it started the loads.
 */
export function preloadVisitForm(
  path: string = location.pathname,
  storage: Pick<Storage, 'getItem'> = sessionStorage,
): boolean {
  if (!VISIT_FORM_PATH.test(path)) return false;
  let session: SessionInfo | null;
  try {
    session = JSON.parse(storage.getItem(OFFLINE_SESSION_KEY) ?? 'null') as SessionInfo | null;
  } catch {
    return false;
  }
  if (!session?.user?.roles?.some((role) => VISIT_ROLES.includes(role))) return false;
  // Both at once (the page's chunk is not waited behind the routes' one, nor behind the app's start);
  // the same modules as the routes' loaders, so the router then finds them loaded.
  void import('../visits.routes').catch(() => undefined);
  void import('../pages/visit-form-page').catch(() => undefined);
  return true;
}
