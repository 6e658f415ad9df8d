import { DestroyRef, Directive, OnInit, inject, input, signal } from '@angular/core';
import * as Y from 'yjs';

import { NotesProvider } from '../realtime/notes-provider';
import {
  Editor,
  EntryJson,
  ListSection,
  addEntry,
  entryList,
  removeEntry,
  setField,
  watchEntries,
} from '../realtime/structured-entries';

/**
 * Base of the structured sections (hypotheses, safety scales, action points): the entries of one
 * `Y.Array<Y.Map>` as a signal, live with every local and remote change, and the writes that record
 * who changed what.
 */
@Directive()
export abstract class StructuredSection<T extends EntryJson> implements OnInit {
  readonly provider = input.required<NotesProvider>();
  readonly itemId = input.required<string>();
  readonly editor = input.required<Editor>();
  readonly readOnly = input(false);

  protected abstract readonly section: ListSection;
  protected readonly entries = signal<T[]>([]);
  private list: Y.Array<Y.Map<unknown>> | null = null;
  private readonly destroyRef = inject(DestroyRef);

  ngOnInit(): void {
    this.list = entryList(this.provider().doc, this.section, this.itemId());
    const stop = watchEntries(this.list, (entries) => this.entries.set(entries as T[]));
    this.destroyRef.onDestroy(stop);
  }

  protected add(fields: Record<string, unknown>): void {
    if (this.list && !this.readOnly()) addEntry(this.list, fields, this.editor());
  }

  protected set(id: string, key: string, value: unknown): void {
    if (this.list && !this.readOnly()) setField(this.list, id, key, value, this.editor());
  }

  protected remove(id: string): void {
    if (this.list && !this.readOnly()) removeEntry(this.list, id);
  }

  protected value(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected focus(): void {
    this.provider().setSection(`${this.section}:${this.itemId()}`);
  }
}
