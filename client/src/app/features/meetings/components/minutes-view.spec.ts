import { TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';

import { Minutes } from '../data/meetings.model';
import { MinutesView } from './minutes-view';

const minutes: Minutes = {
  meetingId: 'm1',
  version: 2,
  reason: 'addendum',
  createdAt: '2026-11-23T12:00:00.000Z',
  createdByName: 'Tiina Heikkinen',
  date: '2026-11-23',
  teamName: 'Systeeminen tiimi 1',
  attendees: [{ name: 'Anna Virtanen', role: 'presenter' }],
  items: [
    {
      item: { id: 'urgent', kind: 'urgent_round', entries: [] },
      sections: { notes: 'Ei kiireellistä' },
      hypotheses: [],
      safetyScales: [],
      actionPoints: [],
    },
    {
      item: {
        id: 'aino',
        kind: 'family',
        childIds: ['c1'],
        children: [{ id: 'c1', name: 'Aino Korhonen' }],
        presentingWorkerId: 'u1',
        presentingWorkerName: 'Anna Virtanen',
        question: 'Miten tuemme äitiä?',
      },
      sections: { decisions: 'Verkostokokous' },
      hypotheses: [{ id: 'h1', authorName: 'Sari', text: 'Väsymys', status: 'supported' }],
      safetyScales: [
        { id: 's1', participantName: 'Anna', score: 6, anchorZero: 'ei turvassa', anchorTen: 'turvassa' },
      ],
      actionPoints: [{ id: 'a1', childId: 'c1', text: 'Kutsu koolle', ownerId: 'u1', dueDate: '2026-12-01' }],
    },
  ],
  addenda: [
    {
      id: 'ad1',
      itemId: 'aino',
      text: 'Mummo ei pääse',
      authorId: 'u1',
      authorName: 'Anna Virtanen',
      at: '2026-11-23T11:00:00.000Z',
    },
    {
      id: 'ad2',
      text: 'Koko kokousta koskeva',
      authorId: 'u2',
      authorName: 'Mikko Laine',
      at: '2026-11-23T11:30:00.000Z',
    },
  ],
};

describe('MinutesView', () => {
  it('shows every section, the structured parts and the addenda under their item', async () => {
    TestBed.configureTestingModule({ providers: [provideTranslateService()] });
    const fixture = TestBed.createComponent(MinutesView);
    fixture.componentRef.setInput('minutes', minutes);
    fixture.componentRef.setInput('kindTitle', (kind: string) => `kind:${kind}`);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const sections = el.querySelectorAll('section');
    expect(sections[0].getAttribute('aria-label')).toBe('kind:urgent_round');
    expect(sections[0].textContent).toContain('Ei kiireellistä');
    const aino = sections[1];
    expect(aino.getAttribute('aria-label')).toBe('Aino Korhonen');
    for (const text of [
      'Miten tuemme äitiä?',
      'Verkostokokous',
      'Väsymys',
      '6/10',
      'Kutsu koolle',
      'Mummo ei pääse',
    ])
      expect(aino.textContent).toContain(text);
    expect(aino.textContent).not.toContain('Koko kokousta koskeva');
    expect(el.textContent).toContain('Koko kokousta koskeva');
  });
});
