import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { of } from 'rxjs';

import { ChildrenApi } from '../data/children-api';
import { MyWork } from '../data/children.model';
import { deadline, task } from '../testing/children.fixture';
import { MyWorkPage } from './my-work-page';

describe('MyWorkPage', () => {
  let fixture: ComponentFixture<MyWorkPage>;
  const element = () => fixture.nativeElement as HTMLElement;
  const texts = (selector: string) =>
    Array.from(element().querySelectorAll(selector)).map(
      (e) => e.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    );
  const child = (id: string, firstName: string, next: MyWork['children'][number]['nextDeadline']) => ({
    id,
    firstName,
    lastName: 'Testi',
    status: 'client',
    nextDeadline: next,
  });
  const work: MyWork = {
    children: [
      child('c1', 'Aino', deadline({ dueDate: '2026-12-20', status: 'upcoming' })),
      child('c2', 'Eetu', null),
      child('c3', 'Linnea', deadline({ dueDate: '2026-11-01', status: 'overdue' })),
      child('c4', 'Onni', deadline({ dueDate: '2026-11-25', status: 'due_soon' })),
    ],
    tasks: [
      task({ id: 't2', title: 'Later task', dueDate: '2026-12-15', childName: 'Aino Testi' }),
      task({
        id: 't1',
        title: 'Sooner task',
        dueDate: '2026-11-30',
        childId: 'c3',
        childName: 'Linnea Testi',
      }),
    ],
    deadlines: [
      { ...deadline({ dueDate: '2026-12-20', status: 'upcoming' }), childId: 'c1', childName: 'Aino Testi' },
      { ...deadline({ dueDate: '2026-11-25', status: 'due_soon' }), childId: 'c4', childName: 'Onni Testi' },
      { ...deadline({ dueDate: '2026-11-10', status: 'overdue' }), childId: 'c3', childName: 'Linnea Testi' },
      { ...deadline({ dueDate: '2026-11-01', status: 'overdue' }), childId: 'c3', childName: 'Linnea Testi' },
    ],
    findings: [
      {
        id: 'f1',
        visitId: 'v1',
        unit: { id: 'u1', name: 'Perhekoti Koivu' },
        children: [{ id: 'c3', name: 'Linnea Testi' }],
        observation: 'Palovaroitin puuttuu.',
        severity: 'deficiency',
        date: '2026-10-20',
        nextDeadline: '2026-11-02',
        status: 'overdue',
        reason: 'responsible_worker',
      },
      {
        id: 'f2',
        visitId: 'v1',
        unit: { id: 'u1', name: 'Perhekoti Koivu' },
        children: [{ id: 'c3', name: 'Linnea Testi' }],
        observation: 'Lääkekaappi lukitsematta.',
        severity: 'serious',
        date: '2026-10-20',
        nextDeadline: '2026-11-30',
        status: 'due_soon',
        reason: 'responsible_worker',
      },
    ],
  };

  beforeEach(async () => {
    const api = jasmine.createSpyObj<ChildrenApi>('ChildrenApi', ['myWork']);
    api.myWork.and.returnValue(of(work));
    TestBed.configureTestingModule({
      imports: [MyWorkPage],
      providers: [provideTranslateService(), provideRouter([]), { provide: ChildrenApi, useValue: api }],
    });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('fi', { children: { deadlines: { due: 'due {{date}}' } } });
    translate.use('fi');
    fixture = TestBed.createComponent(MyWorkPage);
    await fixture.whenStable();
  });

  it('sorts my deadlines overdue first, then by due date', () => {
    const rows = texts('.deadlines li');
    expect(rows.map((row) => row.match(/\d+\.\d+\.\d{4}/)?.[0])).toEqual([
      '1.11.2026',
      '10.11.2026',
      '25.11.2026',
      '20.12.2026',
    ]);
    expect(rows[0]).toContain('children.deadlines.status.overdue');
    expect(rows[0]).toContain('due 1.11.2026');
    expect(rows[0]).toContain('Linnea Testi');
  });

  it('reminds of visit findings due for follow-up, the overdue highlighted, with the way to close them', () => {
    const rows = Array.from(element().querySelectorAll<HTMLElement>('.findings li'));
    expect(rows.map((r) => r.classList.contains('overdue'))).toEqual([true, false]);
    expect(rows[0]!.textContent).toContain('Perhekoti Koivu: Palovaroitin puuttuu.');
    expect(rows[0]!.textContent).toContain('myWork.findingStatus.overdue');
    expect(rows[0]!.textContent).toContain('due 2.11.2026');
    expect(rows[0]!.querySelector('a')?.getAttribute('href')).toBe('/children/c3');
    expect(element().querySelector('a[href="/findings"]')).not.toBeNull();
  });

  it('sorts my tasks by due date, each naming its child as a link', () => {
    expect(texts('app-task-list li .title')).toEqual(['Linnea Testi: Sooner task', 'Aino Testi: Later task']);
    expect(element().querySelector('app-task-list a')?.getAttribute('href')).toBe('/children/c3');
  });

  it('lists my children most urgent first, those without deadlines last, each linking to the child', () => {
    const links = Array.from(element().querySelectorAll<HTMLAnchorElement>('.children li > a'));
    expect(links.map((a) => a.textContent?.trim())).toEqual([
      'Testi, Linnea',
      'Testi, Onni',
      'Testi, Aino',
      'Testi, Eetu',
    ]);
    expect(links[0].getAttribute('href')).toBe('/children/c3');
  });
});
