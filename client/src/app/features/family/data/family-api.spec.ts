import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { SKIP_ERROR_NOTIFICATION } from '../../../core/http/http-error.interceptor';
import { FamilyApi } from './family-api';
import { Family } from './family.model';
import { NetworkApi } from './network-api';

describe('FamilyApi and NetworkApi', () => {
  let family: FamilyApi;
  let network: NetworkApi;
  let http: HttpTestingController;
  const base = '/api/v1/children/c1';

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    family = TestBed.inject(FamilyApi);
    network = TestBed.inject(NetworkApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('unwraps the family, null when none is recorded', () => {
    const seen: (Family | null)[] = [];
    family.family('c1').subscribe((f) => seen.push(f));
    family.family('c1').subscribe((f) => seen.push(f));
    const [first, second] = http.match(`${base}/family`);
    first.flush({ family: null });
    second.flush({ family: { id: 'f1', name: 'Virtanen', households: [], persons: [], relationships: [] } });
    expect(seen[0]).toBeNull();
    expect(seen[1]?.name).toBe('Virtanen');
  });

  it('writes persons, households and relationships under the child', () => {
    family.createFamily('c1', { name: 'Virtanen' }).subscribe();
    const create = http.expectOne({ method: 'POST', url: `${base}/family` }).request;
    expect(create.body).toEqual({ name: 'Virtanen' });
    // The dialogs show a failed write themselves (field errors in place), not as a second snack bar.
    expect(create.context.get(SKIP_ERROR_NOTIFICATION)).toBeTrue();
    family.addPerson('c1', { firstName: 'Aino', sex: 'female' }).subscribe();
    http.expectOne({ method: 'POST', url: `${base}/family/persons` });
    family.updatePerson('c1', 'p1', { lastName: 'Virta' }).subscribe();
    http.expectOne({ method: 'PATCH', url: `${base}/family/persons/p1` });
    family.saveHouseholds('c1', [{ id: 'h1', label: 'Äidin koti' }]).subscribe();
    const households = http.expectOne({ method: 'PUT', url: `${base}/family/households` });
    expect(households.request.body).toEqual({ households: [{ id: 'h1', label: 'Äidin koti' }] });
    family
      .addRelationship('c1', { kind: 'partner', fromPersonId: 'a', toPersonId: 'b', partnershipStatus: 'married' })
      .subscribe();
    http.expectOne({ method: 'POST', url: `${base}/family/relationships` });
    family.updateRelationship('c1', 'r1', { quality: 'close' }).subscribe();
    expect(http.expectOne({ method: 'PATCH', url: `${base}/family/relationships/r1` }).request.body).toEqual({
      quality: 'close',
    });
    family.removeRelationship('c1', 'r1').subscribe();
    http.expectOne({ method: 'DELETE', url: `${base}/family/relationships/r1` });
  });

  it('lists, adds, replaces and removes network members', () => {
    let count = -1;
    network.members('c1').subscribe((members) => (count = members.length));
    http.expectOne({ method: 'GET', url: `${base}/network` }).flush({ members: [] });
    expect(count).toBe(0);
    const input = { name: 'Opettaja', sector: 'school', closeness: 2, support: 'supportive' } as const;
    network.add('c1', input).subscribe();
    expect(http.expectOne({ method: 'POST', url: `${base}/network` }).request.body).toEqual(input);
    network.update('c1', 'm1', input).subscribe();
    http.expectOne({ method: 'PUT', url: `${base}/network/m1` });
    network.remove('c1', 'm1').subscribe();
    http.expectOne({ method: 'DELETE', url: `${base}/network/m1` });
  });
});
