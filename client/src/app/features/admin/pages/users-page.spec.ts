import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { of } from 'rxjs';

import { AdminApi } from '../data/admin-api';
import { AdminUser } from '../data/admin.model';
import { UsersPage } from './users-page';

describe('UsersPage', () => {
  let fixture: ComponentFixture<UsersPage>;
  let api: jasmine.SpyObj<AdminApi>;
  const user = (id: string, overrides: Partial<AdminUser> = {}): AdminUser => ({
    id,
    username: id,
    displayName: id,
    roles: ['social_worker'],
    teamIds: ['t1'],
    language: 'fi',
    active: true,
    mfaEnabled: false,
    lockedUntil: null,
    ...overrides,
  });
  const element = () => fixture.nativeElement as HTMLElement;
  const rows = () => element().querySelectorAll('tr.mat-mdc-row:not(:has(.empty))');

  beforeEach(async () => {
    api = jasmine.createSpyObj<AdminApi>('AdminApi', ['listUsers', 'listTeams', 'unlockUser', 'resetMfa']);
    api.listUsers.and.returnValue(
      of([
        user('maija', { displayName: 'Maija Meikäläinen' }),
        user('pekka', { displayName: 'Pekka Korhonen', lockedUntil: '2999-01-01T00:00:00.000Z' }),
      ]),
    );
    api.listTeams.and.returnValue(of([{ id: 't1', code: 'team-1', name: 'Itäinen tiimi' }]));
    api.unlockUser.and.returnValue(of(undefined));
    TestBed.configureTestingModule({
      imports: [UsersPage],
      providers: [provideTranslateService(), { provide: AdminApi, useValue: api }],
    });
    fixture = TestBed.createComponent(UsersPage);
    await fixture.whenStable();
  });

  it('lists the users with their team names', () => {
    expect(rows().length).toBe(2);
    expect(element().textContent).toContain('Itäinen tiimi');
  });

  it('filters by name', async () => {
    const filter = element().querySelector<HTMLInputElement>('input[type="search"]')!;
    filter.value = 'pekka';
    filter.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(rows().length).toBe(1);
    expect(rows()[0].textContent).toContain('Pekka Korhonen');
  });

  it('offers unlock only for a locked account, and unlocks it', async () => {
    const unlock = element().querySelectorAll('button[aria-label^="admin.users.unlockUser"]');
    expect(unlock.length).toBe(1);
    (unlock[0] as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(api.unlockUser).toHaveBeenCalledOnceWith('pekka');
    expect(element().querySelectorAll('button[aria-label^="admin.users.unlockUser"]').length).toBe(0);
  });
});
