import { Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { io } from 'socket.io-client';

import { DASHBOARD_CHANGED_EVENT, DashboardChangedPayload } from './dashboard.model';

/** `dashboard:changed` from the server (docs/REALTIME.md), while someone subscribes. */
@Injectable({ providedIn: 'root' })
export class DashboardSocket {
  changes(): Observable<DashboardChangedPayload> {
    return new Observable<DashboardChangedPayload>((subscriber) => {
      const socket = io({ path: '/socket.io', withCredentials: true });
      socket.on(DASHBOARD_CHANGED_EVENT, (payload: DashboardChangedPayload) => subscriber.next(payload));
      return () => socket.disconnect();
    });
  }
}
