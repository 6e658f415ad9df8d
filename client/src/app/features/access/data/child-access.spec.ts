import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { of, throwError } from 'rxjs';

import { ErrorNotifier } from '../../../core/http/error-notifier';
import { selectSession } from '../../auth/state/auth.feature';
import { sessionInfo } from '../../auth/testing/session.fixture';
import { AccessApi } from './access-api';
import { ChildResponse } from './access.model';
import { ChildAccess } from './child-access';

describe('ChildAccess', () => {
  let api: jasmine.SpyObj<AccessApi>;
  let notifier: jasmine.SpyObj<ErrorNotifier>;
  let access: ChildAccess;
  let askReason: jasmine.Spy;
  const child: ChildResponse = {
    child: { id: 'c1', firstName: 'Aino', lastName: 'Virtanen', teamId: 't2', status: 'client' },
    access: { flagged: 'break_glass' },
  };
  const breakGlass = new HttpErrorResponse({
    status: 403,
    error: { error: { code: 'break_glass_required', message: 'Reason required' } },
  });

  beforeEach(() => {
    api = jasmine.createSpyObj<AccessApi>('AccessApi', ['getChild', 'requestAccess']);
    notifier = jasmine.createSpyObj<ErrorNotifier>('ErrorNotifier', ['notify']);
    TestBed.configureTestingModule({
      providers: [
        provideMockStore({ selectors: [{ selector: selectSession, value: sessionInfo() }] }),
        { provide: AccessApi, useValue: api },
        { provide: ErrorNotifier, useValue: notifier },
      ],
    });
    access = TestBed.inject(ChildAccess);
    askReason = spyOn(access as unknown as { askReason(kind: string): Promise<string | undefined> }, 'askReason');
  });

  afterEach(() => TestBed.inject(MockStore).resetSelectors());

  const open = () =>
    new Promise<ChildResponse | null>((resolve, reject) => access.open('c1').subscribe({ next: resolve, error: reject }));

  it('opens a record the user may see without asking', async () => {
    api.getChild.and.returnValue(of(child));
    expect(await open()).toEqual(child);
    expect(askReason).not.toHaveBeenCalled();
  });

  it('asks for a reason on break_glass_required, requests access, then retries', async () => {
    api.getChild.and.returnValues(throwError(() => breakGlass), of(child));
    api.requestAccess.and.returnValue(
      of({ id: 'g1', childId: 'c1', kind: 'break_glass', reason: 'x', expiresAt: '' }),
    );
    askReason.and.resolveTo('Emergency placement tonight');
    expect(await open()).toEqual(child);
    expect(askReason).toHaveBeenCalledOnceWith('break_glass');
    expect(api.requestAccess).toHaveBeenCalledOnceWith('c1', {
      reason: 'Emergency placement tonight',
      kind: 'break_glass',
    });
    expect(api.getChild).toHaveBeenCalledTimes(2);
    expect(notifier.notify).not.toHaveBeenCalled();
  });

  it('asks a supervisor for supervisor access', async () => {
    const store = TestBed.inject(MockStore);
    store.overrideSelector(selectSession, sessionInfo({ roles: ['supervisor'] }));
    store.refreshState();
    api.getChild.and.returnValue(throwError(() => breakGlass));
    askReason.and.resolveTo(undefined);
    await open();
    expect(askReason).toHaveBeenCalledOnceWith('supervisor');
  });

  it('resolves with null and requests nothing when the user cancels', async () => {
    api.getChild.and.returnValue(throwError(() => breakGlass));
    askReason.and.resolveTo(undefined);
    expect(await open()).toBeNull();
    expect(api.requestAccess).not.toHaveBeenCalled();
  });

  it('reports and rethrows other failures', async () => {
    api.getChild.and.returnValue(throwError(() => new HttpErrorResponse({ status: 404 })));
    await expectAsync(open()).toBeRejected();
    expect(notifier.notify).toHaveBeenCalledOnceWith({ key: 'errors.notFound' });
  });
});
