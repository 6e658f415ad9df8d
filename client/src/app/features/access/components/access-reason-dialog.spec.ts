import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { provideTranslateService } from '@ngx-translate/core';

import { AccessReasonDialog } from './access-reason-dialog';

describe('AccessReasonDialog', () => {
  let fixture: ComponentFixture<AccessReasonDialog>;
  let ref: jasmine.SpyObj<MatDialogRef<AccessReasonDialog>>;
  const element = () => fixture.nativeElement as HTMLElement;
  const textarea = () => element().querySelector('textarea')!;
  const type = (value: string) => {
    textarea().value = value;
    textarea().dispatchEvent(new Event('input'));
  };
  const submit = async () => {
    element().querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await fixture.whenStable();
  };

  beforeEach(async () => {
    ref = jasmine.createSpyObj<MatDialogRef<AccessReasonDialog>>('MatDialogRef', ['close']);
    TestBed.configureTestingModule({
      imports: [AccessReasonDialog],
      providers: [
        provideTranslateService(),
        { provide: MatDialogRef, useValue: ref },
        { provide: MAT_DIALOG_DATA, useValue: { kind: 'break_glass' } },
      ],
    });
    fixture = TestBed.createComponent(AccessReasonDialog);
    await fixture.whenStable();
  });

  it('explains the kind of access', () => {
    expect(element().textContent).toContain('access.reason.title.break_glass');
    expect(element().textContent).toContain('access.reason.explanation.break_glass');
  });

  it('refuses a reason under 10 characters (spaces do not count) and links the error', async () => {
    type('   short    ');
    await submit();
    expect(ref.close).not.toHaveBeenCalled();
    const error = element().querySelector('mat-error');
    expect(error?.textContent).toContain('access.reason.tooShort');
    expect(textarea().getAttribute('aria-describedby')).toContain(error!.id);
  });

  it('closes with the trimmed reason', async () => {
    type('  Emergency placement tonight  ');
    await submit();
    expect(ref.close).toHaveBeenCalledOnceWith('Emergency placement tonight');
  });
});
