import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';

import { AccessLogEntry } from '../data/access.model';
import { AccessLogTable } from './access-log-table';

describe('AccessLogTable', () => {
  let fixture: ComponentFixture<AccessLogTable>;
  const entry = (action: string, view?: string): AccessLogEntry => ({
    at: '2026-11-22T20:00:00.000Z',
    username: 'pekka',
    roles: ['social_worker'],
    action,
    ...(view ? { view } : {}),
    outcome: 'allowed',
  });
  const actionCells = () =>
    Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('td.mat-column-action')).map((td) =>
      td.textContent!.replace(/\s+/g, ' ').trim(),
    );

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [AccessLogTable], providers: [provideTranslateService()] });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('sv', {
      access: {
        log: {
          actions: { child: { read: 'Öppnade uppgifterna' } },
          views: { child: { core: 'Grunduppgifter' } },
        },
      },
    });
    translate.use('sv');
    fixture = TestBed.createComponent(AccessLogTable);
  });

  it('words the codes in the UI language, and shows a code without wording as it is', async () => {
    fixture.componentRef.setInput('entries', [
      entry('child.read', 'child.core'),
      entry('child.read'),
      entry('child.request', 'GET /api/v1/children/x'),
    ]);
    await fixture.whenStable();
    expect(actionCells()).toEqual([
      'Öppnade uppgifterna (Grunduppgifter)',
      'Öppnade uppgifterna',
      'child.request (GET /api/v1/children/x)',
    ]);
  });
});
