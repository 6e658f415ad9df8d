import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  OnDestroy,
  afterNextRender,
  computed,
  effect,
  input,
  viewChild,
} from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { Editor } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import StarterKit from '@tiptap/starter-kit';

import { NotesProvider, NotesUser } from '../realtime/notes-provider';

/**
 * One rich-text section of the shared notes: a TipTap editor bound to the section's `Y.XmlFragment`
 * (Collaboration) with the others' carets and selections (CollaborationCaret on the provider's
 * awareness). Focus and typing tell the others which section this user is in.
 */
@Component({
  selector: 'app-notes-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <div class="head">
      <span class="label" [id]="labelId()">{{ label() | translate }}</span>
      @for (peer of typing(); track peer.clientId) {
        <span class="typing" [style.border-color]="peer.color">
          {{ 'meetings.room.typingHere' | translate: { name: peer.name } }}
        </span>
      }
    </div>
    <div #host class="editor" [class.read-only]="readOnly()"></div>
  `,
  styles: `
    :host {
      display: block;
      margin-bottom: 12px;
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
      margin-bottom: 4px;
    }
    .label {
      font-weight: 500;
    }
    .typing {
      font-size: 0.8rem;
      border-left: 3px solid;
      padding-left: 4px;
      color: var(--mat-sys-on-surface-variant);
    }
    .editor {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 6px;
      padding: 4px 10px;
      min-height: 3em;
      background: var(--mat-sys-surface);
    }
    .editor.read-only {
      background: var(--mat-sys-surface-container-low);
    }
    .editor:focus-within {
      outline: 2px solid var(--mat-sys-primary);
    }
    :host ::ng-deep .ProseMirror {
      outline: none;
      min-height: 2.5em;
      white-space: pre-wrap;
    }
    :host ::ng-deep .ProseMirror p {
      margin: 4px 0;
    }
    :host ::ng-deep .collaboration-carets__caret {
      border-left: 2px solid;
      border-right: 0;
      margin-left: -1px;
      margin-right: -1px;
      pointer-events: none;
      position: relative;
      word-break: normal;
    }
    :host ::ng-deep .collaboration-carets__label {
      border-radius: 3px 3px 3px 0;
      color: #fff;
      font-size: 0.75rem;
      font-weight: 600;
      left: -1px;
      line-height: normal;
      padding: 0.1rem 0.3rem;
      position: absolute;
      top: -1.4em;
      user-select: none;
      white-space: nowrap;
    }
  `,
})
export class NotesEditor implements OnDestroy {
  readonly provider = input.required<NotesProvider>();
  /** The shared type's name, `<section>:<itemId>`. */
  readonly field = input.required<string>();
  /** Translation key of the section's name. */
  readonly label = input.required<string>();
  readonly user = input.required<NotesUser>();
  readonly readOnly = input(false);

  private readonly host = viewChild.required<ElementRef<HTMLElement>>('host');
  private editor: Editor | null = null;
  protected readonly labelId = computed(() => `notes-label-${this.field().replace(/[^a-z0-9-]/gi, '-')}`);
  protected readonly typing = computed(() =>
    this.provider()
      .peers()
      .filter((p) => p.section === this.field()),
  );

  constructor() {
    afterNextRender(() => this.create());
    effect(() => {
      const editable = !this.readOnly();
      this.editor?.setEditable(editable);
    });
  }

  private create(): void {
    const provider = this.provider();
    const fragment = provider.doc.getXmlFragment(this.field());
    const user = this.user();
    this.editor = new Editor({
      element: this.host().nativeElement,
      editable: !this.readOnly(),
      extensions: [
        StarterKit.configure({ undoRedo: false, link: false }),
        Collaboration.configure({ fragment }),
        CollaborationCaret.configure({
          provider: { awareness: provider.awareness },
          user: { name: user.name, color: user.color, id: user.id },
        }),
      ],
      editorProps: {
        attributes: {
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-labelledby': this.labelId(),
          'data-section': this.field(),
        },
      },
      onFocus: () => provider.setSection(this.field()),
      onUpdate: () => provider.setSection(this.field()),
      onBlur: () => {
        if (provider.awareness.getLocalState()?.['section'] === this.field()) provider.setSection(null);
      },
    });
  }

  ngOnDestroy(): void {
    this.editor?.destroy();
    this.editor = null;
  }
}
