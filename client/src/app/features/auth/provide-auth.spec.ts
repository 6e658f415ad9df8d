import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { Store, provideStore } from '@ngrx/store';

import { provideAuth } from './provide-auth';
import { selectSignedIn } from './state/auth.feature';
import { sessionInfo } from './testing/session.fixture';

describe('provideAuth', () => {
  it('asks the server for the session once at start, even after another root provideEffects()', () => {
    TestBed.configureTestingModule({
      providers: [
        provideStore(),
        provideEffects(),
        provideAuth(),
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    const store = TestBed.inject(Store);
    TestBed.inject(HttpTestingController).expectOne('/api/v1/auth/me').flush(sessionInfo());
    let signedIn = false;
    store.select(selectSignedIn).subscribe((value) => (signedIn = value));
    expect(signedIn).toBeTrue();
    TestBed.inject(HttpTestingController).verify();
  });
});
