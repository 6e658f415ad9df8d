import { InjectionToken } from '@angular/core';

/** Base path of the REST API. Same origin in production; proxied to :3000 by `ng serve`. */
export const API_BASE_URL = new InjectionToken<string>('API_BASE_URL', {
  providedIn: 'root',
  factory: () => '/api',
});
