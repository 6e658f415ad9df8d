import { HttpErrorResponse } from '@angular/common/http';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { provideTranslateService } from '@ngx-translate/core';
import { of, throwError } from 'rxjs';

import { AdminUser } from '../data/admin.model';
import { UserDialog, UserDialogData } from './user-dialog';

describe('UserDialog', () => {
  let fixture: ComponentFixture<UserDialog>;
  let ref: jasmine.SpyObj<MatDialogRef<UserDialog>>;
  let save: jasmine.Spy;
  const element = () => fixture.nativeElement as HTMLElement;
  const type = (name: string, value: string) => {
    const input = element().querySelector<HTMLInputElement>(`input[formcontrolname="${name}"]`)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  const check = (label: string) =>
    Array.from(element().querySelectorAll('mat-checkbox'))
      .find((box) => box.textContent?.includes(label))!
      .querySelector('input')!
      .click();
  const submit = async () => {
    element().querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await fixture.whenStable();
  };
  const user: AdminUser = {
    id: 'u1',
    username: 'maija',
    displayName: 'Maija',
    roles: ['social_worker'],
    teamIds: ['t1'],
    language: 'fi',
    active: true,
    mfaEnabled: false,
    lockedUntil: null,
  };

  const create = async (data: Partial<UserDialogData>) => {
    ref = jasmine.createSpyObj<MatDialogRef<UserDialog>>('MatDialogRef', ['close']);
    save = jasmine.createSpy('save');
    TestBed.configureTestingModule({
      imports: [UserDialog],
      providers: [
        provideTranslateService(),
        { provide: MatDialogRef, useValue: ref },
        {
          provide: MAT_DIALOG_DATA,
          useValue: { teams: [{ id: 't1', code: 'team-1', name: 'Itäinen tiimi' }], save, ...data },
        },
      ],
    });
    fixture = TestBed.createComponent(UserDialog);
    await fixture.whenStable();
  };

  it('creates a user with an initial password, roles and teams', async () => {
    await create({});
    save.and.returnValue(of(user));
    type('username', 'Maija');
    type('displayName', 'Maija Meikäläinen');
    type('password', 'a long initial passphrase');
    await submit();
    expect(save).not.toHaveBeenCalled();
    expect(element().textContent).toContain('admin.users.rolesRequired');
    check('roles.social_worker');
    check('Itäinen tiimi');
    await submit();
    expect(save).toHaveBeenCalledOnceWith({
      displayName: 'Maija Meikäläinen',
      roles: ['social_worker'],
      teamIds: ['t1'],
      username: 'maija',
      password: 'a long initial passphrase',
      language: 'fi',
    });
    expect(ref.close).toHaveBeenCalledOnceWith(user);
  });

  it("shows the server's message under the field and stays open", async () => {
    await create({});
    save.and.returnValue(
      throwError(
        () =>
          new HttpErrorResponse({
            status: 400,
            error: {
              error: {
                code: 'validation_failed',
                message: 'Invalid',
                details: [{ path: 'password', message: 'This password is too common.' }],
              },
            },
          }),
      ),
    );
    type('username', 'maija');
    type('displayName', 'Maija');
    type('password', 'password1234');
    check('roles.social_worker');
    await submit();
    expect(element().textContent).toContain('This password is too common.');
    expect(ref.close).not.toHaveBeenCalled();
  });

  it('edits roles, teams and whether the account is in use', async () => {
    await create({ user });
    save.and.returnValue(of({ ...user, active: false }));
    expect(element().querySelector('input[formcontrolname="username"]')).toBeNull();
    check('roles.team_lead');
    element().querySelector<HTMLButtonElement>('mat-slide-toggle button')!.click();
    await submit();
    expect(save).toHaveBeenCalledOnceWith({
      displayName: 'Maija',
      roles: ['social_worker', 'team_lead'],
      teamIds: ['t1'],
      active: false,
    });
  });
});
