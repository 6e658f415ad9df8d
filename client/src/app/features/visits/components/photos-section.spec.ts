import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';

import { MAX_PHOTO_BYTES, VisitDraft } from '../data/visit.model';
import { LocalDrafts } from '../offline/local-drafts';
import { localDraft, VISIT_ID } from '../testing/visit-fixture';
import { PhotosSection } from './photos-section';

/** Bad input at the source: only images of at most 10 MB are kept on the device for upload. */
describe('PhotosSection', () => {
  let fixture: ComponentFixture<PhotosSection>;
  let drafts: jasmine.SpyObj<LocalDrafts>;
  let emitted: VisitDraft[];
  const element = () => fixture.nativeElement as HTMLElement;

  beforeEach(async () => {
    drafts = jasmine.createSpyObj<LocalDrafts>('LocalDrafts', ['photos', 'addPhoto']);
    drafts.photos.and.resolveTo([]);
    drafts.addPhoto.and.resolveTo('photo-0001');
    TestBed.configureTestingModule({
      imports: [PhotosSection],
      providers: [provideTranslateService(), { provide: LocalDrafts, useValue: drafts }],
    });
    fixture = TestBed.createComponent(PhotosSection);
    fixture.componentRef.setInput('draft', localDraft().draft);
    fixture.componentRef.setInput('visitId', VISIT_ID);
    emitted = [];
    fixture.componentInstance.draftChange.subscribe((d) => emitted.push(d));
    await fixture.whenStable();
  });

  async function pick(file: File): Promise<void> {
    const input = element().querySelector('input[type=file]') as HTMLInputElement;
    const transfer = new DataTransfer();
    transfer.items.add(file);
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    for (let i = 0; i < 5; i++) await fixture.whenStable();
  }
  const alert = () => element().querySelector('[role=alert]')?.textContent?.trim();

  it('refuses a file that is not an image', async () => {
    await pick(new File(['%PDF-1.7'], 'minutes.pdf', { type: 'application/pdf' }));
    expect(alert()).toBe('visits.photos.notImage');
    expect(drafts.addPhoto).not.toHaveBeenCalled();
    expect(emitted).toEqual([]);
  });

  it('refuses a photo over 10 MB', async () => {
    await pick(new File([new Uint8Array(MAX_PHOTO_BYTES + 1)], 'big.jpg', { type: 'image/jpeg' }));
    expect(alert()).toBe('visits.photos.tooLarge');
    expect(drafts.addPhoto).not.toHaveBeenCalled();
    expect(emitted).toEqual([]);
  });

  it('keeps an image on the device and adds it to the minutes', async () => {
    await pick(new File([new Uint8Array(100)], 'ikkuna.png', { type: 'image/png' }));
    expect(alert()).toBeUndefined();
    expect(drafts.addPhoto).toHaveBeenCalledWith(VISIT_ID, jasmine.any(File), 'ikkuna.png');
    expect(emitted.map((d) => d.attachmentIds)).toEqual([['photo-0001']]);
  });
});
