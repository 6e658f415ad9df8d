import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { AdminApi } from './admin-api';

describe('AdminApi', () => {
  let api: AdminApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(AdminApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lists users and teams from their items', () => {
    let users = 0;
    let teams = 0;
    api.listUsers().subscribe((items) => (users = items.length));
    api.listTeams().subscribe((items) => (teams = items.length));
    http.expectOne('/api/v1/admin/users').flush({ items: [{ id: 'u1' }] });
    http.expectOne('/api/v1/admin/teams').flush({ items: [{ id: 't1' }, { id: 't2' }] });
    expect([users, teams]).toEqual([1, 2]);
  });

  it('creates a user with POST and changes one with PATCH', () => {
    const create = {
      username: 'maija',
      displayName: 'Maija',
      roles: ['social_worker' as const],
      teamIds: [],
      language: 'fi' as const,
      password: 'a long initial passphrase',
    };
    api.createUser(create).subscribe();
    expect(http.expectOne({ method: 'POST', url: '/api/v1/admin/users' }).request.body).toEqual(create);
    api.updateUser('u1', { active: false }).subscribe();
    expect(http.expectOne({ method: 'PATCH', url: '/api/v1/admin/users/u1' }).request.body).toEqual({
      active: false,
    });
  });

  it('unlocks and resets MFA', () => {
    api.unlockUser('u1').subscribe();
    api.resetMfa('u1').subscribe();
    http.expectOne({ method: 'POST', url: '/api/v1/admin/users/u1/unlock' });
    http.expectOne({ method: 'POST', url: '/api/v1/admin/users/u1/mfa-reset' });
  });

  it('creates and renames teams', () => {
    api.createTeam({ code: 'team-3', name: 'Tiimi 3' }).subscribe();
    api.renameTeam('t1', 'Itäinen tiimi').subscribe();
    expect(http.expectOne({ method: 'POST', url: '/api/v1/admin/teams' }).request.body).toEqual({
      code: 'team-3',
      name: 'Tiimi 3',
    });
    expect(http.expectOne({ method: 'PATCH', url: '/api/v1/admin/teams/t1' }).request.body).toEqual({
      name: 'Itäinen tiimi',
    });
  });
});
