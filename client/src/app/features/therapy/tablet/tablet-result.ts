import {
  ChangeDetectionStrategy,
  Component,
  afterNextRender,
  ElementRef,
  inject,
  input,
  output,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe } from '@ngx-translate/core';

import { Submission } from '../state/tablet-handover';

/** After the unlock, for the therapist: whether the answers reached the server; retry or discard. */
@Component({
  selector: 'app-tablet-result',
  imports: [MatButtonModule, MatProgressBarModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="screen" aria-labelledby="result-title" aria-live="polite">
      <h1 id="result-title" tabindex="-1">{{ 'therapy.tablet.result.title' | translate }}</h1>
      @switch (submission().status) {
        @case ('saving') {
          <mat-progress-bar
            mode="indeterminate"
            [attr.aria-label]="'therapy.tablet.result.saving' | translate"
          />
        }
        @case ('saved') {
          <p role="status">{{ 'therapy.tablet.result.saved' | translate }}</p>
        }
        @case ('none') {
          <p role="status">{{ 'therapy.tablet.result.nothing' | translate }}</p>
        }
      }
      @if (submission(); as s) {
        @if (s.status === 'failed') {
          <div role="alert">
            <p>{{ 'therapy.tablet.result.failed' | translate }} {{ s.key | translate }}</p>
            @for (message of s.messages; track $index) {
              <p>{{ message }}</p>
            }
          </div>
          <div class="nav">
            <button mat-stroked-button type="button" (click)="discard.emit()">
              {{ 'therapy.tablet.result.discard' | translate }}
            </button>
            <button mat-flat-button type="button" (click)="retry.emit()">
              {{ 'therapy.tablet.result.retry' | translate }}
            </button>
          </div>
        } @else if (s.status !== 'saving') {
          <button mat-flat-button type="button" (click)="done.emit()">
            {{ 'therapy.tablet.result.backToPlan' | translate }}
          </button>
        }
      }
    </section>
  `,
  styleUrl: './tablet.scss',
})
export class TabletResult {
  readonly submission = input.required<Submission>();
  readonly retry = output<void>();
  readonly discard = output<void>();
  readonly done = output<void>();

  constructor() {
    const host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
    afterNextRender(() => host.querySelector<HTMLElement>('h1')?.focus());
  }
}
