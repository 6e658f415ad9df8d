import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  OnInit,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';

import { focusFirstInvalid } from '../../../core/forms/focus-first-invalid';
import { fieldErrors } from '../../../core/http/error-message';
import { AdminApi } from '../data/admin-api';
import { AdminTeam } from '../data/admin.model';

/** Container: `/admin/teams`: list, create, rename. */
@Component({
  selector: 'app-teams-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './teams-page.html',
  styleUrl: './admin-page.scss',
})
export class TeamsPage implements OnInit {
  private readonly api = inject(AdminApi);
  private readonly destroyRef = inject(DestroyRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly teams = signal<AdminTeam[]>([]);
  protected readonly renaming = signal<string | null>(null);
  protected readonly message = signal<string | null>(null);
  protected readonly createForm = this.fb.group({
    code: ['', [Validators.required, Validators.pattern(/^[a-z0-9-]{2,40}$/)]],
    name: ['', Validators.required],
  });
  protected readonly renameForm = this.fb.group({ name: ['', Validators.required] });

  ngOnInit(): void {
    this.api
      .listTeams()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((teams) => this.teams.set(teams));
  }

  protected create(): void {
    if (this.createForm.invalid) {
      this.createForm.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    const { code, name } = this.createForm.getRawValue();
    this.api.createTeam({ code: code.trim(), name: name.trim() }).subscribe({
      next: (team) => {
        this.teams.update((teams) => [...teams, team]);
        this.createForm.reset();
        this.message.set('admin.teams.created');
      },
      error: (err: unknown) => this.showFieldErrors(err),
    });
  }

  protected startRename(team: AdminTeam): void {
    this.renaming.set(team.id);
    this.renameForm.setValue({ name: team.name });
  }

  protected rename(team: AdminTeam): void {
    if (this.renameForm.invalid) {
      this.renameForm.markAllAsTouched();
      return;
    }
    this.api.renameTeam(team.id, this.renameForm.getRawValue().name.trim()).subscribe((renamed) => {
      this.teams.update((teams) => teams.map((t) => (t.id === renamed.id ? renamed : t)));
      this.renaming.set(null);
      this.message.set('admin.teams.renamed');
    });
  }

  private showFieldErrors(err: unknown): void {
    for (const [field, message] of Object.entries(fieldErrors(err))) {
      this.createForm.get(field)?.setErrors({ server: message });
    }
    this.message.set(Object.keys(fieldErrors(err)).length ? null : 'admin.teams.createFailed');
    focusFirstInvalid(this.host.nativeElement);
  }
}
