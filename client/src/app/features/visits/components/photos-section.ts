import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { MAX_PHOTO_BYTES, VisitDraft } from '../data/visit.model';
import { LocalDrafts } from '../offline/local-drafts';

interface Thumb {
  id: string;
  url: string;
  fileName: string;
  uploaded: boolean;
}

/** Photos from the camera or a file: kept on the device (IndexedDB) and uploaded by the sync. */
@Component({
  selector: 'app-photos-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  templateUrl: './photos-section.html',
  styleUrl: './photos-section.scss',
})
export class PhotosSection {
  private readonly drafts = inject(LocalDrafts);
  readonly draft = input.required<VisitDraft>();
  readonly visitId = input.required<string>();
  /** Changes when the sync uploads one, so the thumbnails' marks are re-read. */
  readonly pendingCount = input(0);
  readonly draftChange = output<VisitDraft>();
  protected readonly thumbs = signal<Thumb[]>([]);
  protected readonly error = signal<string | null>(null);

  constructor() {
    effect(() => {
      this.pendingCount();
      void this.load(this.visitId(), this.draft().attachmentIds);
    });
    inject(DestroyRef).onDestroy(() => this.revoke());
  }

  private async load(visitId: string, ids: string[]): Promise<void> {
    const photos = (await this.drafts.photos(visitId)).filter((p) => ids.includes(p.attachmentId));
    this.revoke();
    this.thumbs.set(
      photos.map((p) => ({
        id: p.attachmentId,
        url: URL.createObjectURL(p.blob),
        fileName: p.fileName,
        uploaded: p.uploaded,
      })),
    );
  }

  private revoke(): void {
    for (const t of this.thumbs()) URL.revokeObjectURL(t.url);
  }

  protected async picked(input: HTMLInputElement): Promise<void> {
    this.error.set(null);
    const ids: string[] = [];
    for (const file of Array.from(input.files ?? [])) {
      if (!file.type.startsWith('image/')) this.error.set('visits.photos.notImage');
      else if (file.size > MAX_PHOTO_BYTES) this.error.set('visits.photos.tooLarge');
      else ids.push(await this.drafts.addPhoto(this.visitId(), file, file.name || 'photo'));
    }
    input.value = '';
    if (ids.length)
      this.draftChange.emit({ ...this.draft(), attachmentIds: [...this.draft().attachmentIds, ...ids] });
  }
}
