import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { of } from 'rxjs';

import { AccessApi } from '../data/access-api';
import { AccessLogPage } from './access-log-page';

describe('AccessLogPage', () => {
  let fixture: ComponentFixture<AccessLogPage>;
  let api: jasmine.SpyObj<AccessApi>;
  const element = () => fixture.nativeElement as HTMLElement;

  beforeEach(async () => {
    api = jasmine.createSpyObj<AccessApi>('AccessApi', ['accessLog', 'accessLogFileUrl']);
    api.accessLog.and.returnValue(
      of({
        childId: 'c1',
        entries: [
          {
            at: '2026-11-22T20:00:00.000Z',
            username: 'pekka',
            roles: ['social_worker'],
            action: 'child.read',
            purpose: 'Emergency placement tonight',
            outcome: 'allowed',
            flagged: 'break_glass',
          },
        ],
      }),
    );
    api.accessLogFileUrl.and.callFake(
      (id, period, format, lang) => `/${id}/${format}/${lang}/${period.from ?? ''}`,
    );
    TestBed.configureTestingModule({
      imports: [AccessLogPage],
      providers: [provideTranslateService(), { provide: AccessApi, useValue: api }],
    });
    fixture = TestBed.createComponent(AccessLogPage);
    fixture.componentRef.setInput('childId', 'c1');
    await fixture.whenStable();
  });

  it('shows the whole log at first, flagging reasoned access', () => {
    expect(api.accessLog).toHaveBeenCalledOnceWith('c1', {});
    expect(element().textContent).toContain('pekka');
    expect(element().textContent).toContain('access.log.flagged.break_glass');
  });

  it('filters by period, and the downloads follow the period', async () => {
    const from = element().querySelector<HTMLInputElement>('input[formcontrolname="from"]')!;
    from.value = '2026-01-01';
    from.dispatchEvent(new Event('input'));
    element().querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await fixture.whenStable();
    expect(api.accessLog).toHaveBeenCalledWith('c1', { from: '2026-01-01' });
    const links = Array.from(element().querySelectorAll('a[download]')).map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/c1/csv/fi/2026-01-01', '/c1/pdf/fi/2026-01-01']);
  });
});
