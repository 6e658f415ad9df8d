import { TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';

import { LanguageService } from './language.service';
import { LANGUAGE_STORAGE_KEY } from './languages';

describe('LanguageService', () => {
  let service: LanguageService;
  let translate: TranslateService;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideTranslateService()] });
    service = TestBed.inject(LanguageService);
    translate = TestBed.inject(TranslateService);
  });

  afterEach(() => {
    localStorage.removeItem(LANGUAGE_STORAGE_KEY);
    document.documentElement.lang = 'fi';
  });

  it('starts in Finnish when nothing is remembered', () => {
    localStorage.removeItem(LANGUAGE_STORAGE_KEY);
    service.init().subscribe();
    expect(service.language()).toBe('fi');
    expect(translate.getCurrentLang()).toBe('fi');
    expect(document.documentElement.lang).toBe('fi');
  });

  it('restores the remembered language', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    service.init().subscribe();
    expect(service.language()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('ignores an unsupported remembered value', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'de');
    service.init().subscribe();
    expect(service.language()).toBe('fi');
  });
});
