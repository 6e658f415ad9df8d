import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { deleteDB } from 'idb';

import { UnsavedWorkRegistry } from '../../../core/session/unsaved-work-registry';
import { VisitStore } from '../offline/visit-store';
import { CHILD_ID, localDraft, uniqueDbName, VISIT_ID } from '../testing/visit-fixture';
import { VisitFormPage } from './visit-form-page';

const until = async (check: () => boolean, ms = 2_000) => {
  for (const start = Date.now(); !check();) {
    if (Date.now() - start > ms) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe('VisitFormPage (offline)', () => {
  let store: VisitStore;
  let name: string;
  let fixture: ComponentFixture<VisitFormPage>;
  const text = () => (fixture.nativeElement as HTMLElement).textContent ?? '';
  const textareas = () => Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('textarea'));

  beforeEach(async () => {
    spyOnProperty(navigator, 'onLine').and.returnValue(false);
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideTranslateService()],
    });
    store = TestBed.inject(VisitStore);
    name = store.dbName = uniqueDbName();
    const child = {
      childId: CHILD_ID,
      seen: true,
      metAlone: true,
      account: { method: 'written' as const, words: 'Täällä on hyvä' },
    };
    await store.putDraft(
      localDraft({ draft: { ...localDraft().draft, children: [child] }, syncState: 'pending' }),
    );
    await store.putOp({ clientMutationId: 'mutation-1', visitId: VISIT_ID, kind: 'draft', createdAt: '' });
  });

  afterEach(async () => {
    fixture?.destroy();
    TestBed.inject(HttpTestingController).verify();
    await store.close();
    await deleteDB(name);
  });

  function open(): void {
    fixture = TestBed.createComponent(VisitFormPage);
    fixture.componentRef.setInput('visitId', VISIT_ID);
  }

  it('restores the device draft without a network and says it is not yet synced', async () => {
    open();
    await until(() => textareas().some((t) => t.value === 'Täällä on hyvä'));
    expect(text()).toContain('Perhekoti Koivu');
    await until(() => text().includes('visits.sync.notSynced'));
    expect(text()).toContain('visits.sync.savedOnDevice');
  });

  it('stores a change on the device before anything else, also when a sign-out saves the work', async () => {
    open();
    await until(() => textareas().length > 0);
    const words = textareas().find((t) => t.value === 'Täällä on hyvä')!;
    words.value = 'Muuttunut';
    words.dispatchEvent(new Event('input'));
    await TestBed.inject(UnsavedWorkRegistry).saveAll();
    const stored = await store.getDraft(VISIT_ID);
    expect(stored?.draft.children[0].account?.words).toBe('Muuttunut');
    expect(stored?.localRevision).toBe(1);
    const ops = await store.ops(VISIT_ID);
    expect(ops.length).toBe(1);
    expect(ops[0].clientMutationId).not.toBe('mutation-1');
  });
});
