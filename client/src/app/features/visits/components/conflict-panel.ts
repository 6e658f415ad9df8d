import { JsonPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatRadioModule } from '@angular/material/radio';
import { TranslatePipe } from '@ngx-translate/core';

import { Visit, VisitDraft } from '../data/visit.model';

type Field = keyof VisitDraft;
const FIELDS: Field[] = [
  'visitDate',
  'children',
  'answers',
  'attachmentIds',
  'findings',
  'notifications',
  'summary',
  'signature',
];
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The same visit was saved elsewhere: both versions side by side, field by field. The user keeps theirs
 * or takes the server's per field; the result is based on the server's revision. Nothing is overwritten
 * before they choose.
 */
@Component({
  selector: 'app-conflict-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [JsonPipe, MatButtonModule, MatRadioModule, TranslatePipe],
  templateUrl: './conflict-panel.html',
  styleUrl: './conflict-panel.scss',
})
export class ConflictPanel {
  readonly mine = input.required<VisitDraft>();
  readonly server = input.required<Visit>();
  readonly resolved = output<VisitDraft>();
  /** Fields where the user took the server's value. */
  protected readonly theirs = signal<ReadonlySet<Field>>(new Set());
  protected readonly differing = computed(() =>
    FIELDS.filter((f) => !same(this.mine()[f], this.server().draft[f])),
  );

  protected choose(field: Field, side: 'mine' | 'theirs'): void {
    const next = new Set(this.theirs());
    if (side === 'theirs') next.add(field);
    else next.delete(field);
    this.theirs.set(next);
  }

  protected apply(): void {
    const chosen = { ...this.mine() } as Record<Field, unknown>;
    for (const f of this.theirs()) chosen[f] = this.server().draft[f];
    this.resolved.emit(chosen as VisitDraft);
  }
}
