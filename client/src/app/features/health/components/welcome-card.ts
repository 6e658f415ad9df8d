import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { TranslatePipe } from '@ngx-translate/core';

@Component({
  selector: 'app-welcome-card',
  imports: [MatCardModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-card appearance="outlined">
      <mat-card-header>
        <h1 mat-card-title>{{ 'health.welcome.title' | translate }}</h1>
      </mat-card-header>
      <mat-card-content>
        <p>{{ 'health.welcome.description' | translate }}</p>
      </mat-card-content>
    </mat-card>
  `,
})
export class WelcomeCard {}
