import { Injectable } from '@angular/core';
import { Subject } from 'rxjs';

/** What the HTTP layer learns about the session; the auth feature turns it into store actions. */
@Injectable({ providedIn: 'root' })
export class SessionEvents {
  private readonly expiredSubject = new Subject<void>();

  /** A request was refused with 401 while the user was signed in: the server session is gone. */
  readonly expired$ = this.expiredSubject.asObservable();

  expired(): void {
    this.expiredSubject.next();
  }
}
