import { TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';

import { LanguageService } from './language.service';
import { LocalDatePipe } from './local-date.pipe';

describe('LocalDatePipe', () => {
  let pipe: LocalDatePipe;
  let language: LanguageService;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideTranslateService(), LocalDatePipe] });
    pipe = TestBed.inject(LocalDatePipe);
    language = TestBed.inject(LanguageService);
  });

  it('formats a calendar date in the UI language without shifting the day', () => {
    expect(pipe.transform('2026-11-27')).toBe('27.11.2026');
    language.use('en').subscribe();
    expect(pipe.transform('2026-01-05')).toBe('05/01/2026');
  });

  it('passes anything that is not a date through, and empties nothing', () => {
    expect(pipe.transform('soon')).toBe('soon');
    expect(pipe.transform(null)).toBe('');
  });
});
