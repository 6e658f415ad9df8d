import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';

/** The edit and remove buttons of a row in the genogram and network tables; labels name the row. */
@Component({
  selector: 'app-row-actions',
  imports: [MatButtonModule, MatIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button mat-icon-button type="button" (click)="edit.emit()" [attr.aria-label]="editLabel()">
      <mat-icon aria-hidden="true">edit</mat-icon>
    </button>
    <button mat-icon-button type="button" (click)="remove.emit()" [attr.aria-label]="removeLabel()">
      <mat-icon aria-hidden="true">delete</mat-icon>
    </button>
  `,
})
export class RowActions {
  readonly editLabel = input.required<string>();
  readonly removeLabel = input.required<string>();
  readonly edit = output<void>();
  readonly remove = output<void>();
}
