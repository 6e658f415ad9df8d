import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatMenuHarness } from '@angular/material/menu/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';

import { LANGUAGE_STORAGE_KEY } from '../core/i18n/languages';
import { LanguageSwitcher } from './language-switcher';

const names = { language: { fi: 'Suomi', sv: 'Svenska', en: 'English', choose: 'Kieli: {{current}}' } };

describe('LanguageSwitcher', () => {
  let translate: TranslateService;
  let menu: MatMenuHarness;

  beforeEach(async () => {
    localStorage.removeItem(LANGUAGE_STORAGE_KEY);
    TestBed.configureTestingModule({
      imports: [LanguageSwitcher],
      providers: [provideTranslateService({ fallbackLang: 'fi' })],
    });
    translate = TestBed.inject(TranslateService);
    for (const lang of ['fi', 'sv', 'en']) translate.setTranslation(lang, names);
    const fixture = TestBed.createComponent(LanguageSwitcher);
    await fixture.whenStable();
    menu = await TestbedHarnessEnvironment.loader(fixture).getHarness(MatMenuHarness);
  });

  afterEach(() => {
    localStorage.removeItem(LANGUAGE_STORAGE_KEY);
    document.documentElement.lang = 'fi';
  });

  it('offers Suomi, Svenska and English', async () => {
    await menu.open();
    const items = await menu.getItems();
    expect(await Promise.all(items.map((item) => item.getText()))).toEqual([
      jasmine.stringContaining('Suomi'),
      jasmine.stringContaining('Svenska'),
      jasmine.stringContaining('English'),
    ]);
  });

  it('has an accessible name that tells the current language', async () => {
    const host = await menu.host();
    expect(await host.getAttribute('aria-label')).toBe('Kieli: Suomi');
  });

  it('switches the language, remembers it and sets <html lang>', async () => {
    await menu.clickItem({ text: /Svenska/ });
    expect(translate.getCurrentLang()).toBe('sv');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('sv');
    expect(document.documentElement.lang).toBe('sv');
  });

  it('marks the chosen language as checked', async () => {
    await menu.clickItem({ text: /English/ });
    await menu.open();
    const checked = await Promise.all(
      (await menu.getItems()).map(async (item) => (await item.host()).getAttribute('aria-checked')),
    );
    expect(checked).toEqual(['false', 'false', 'true']);
  });
});
