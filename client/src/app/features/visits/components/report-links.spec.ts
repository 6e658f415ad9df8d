import { provideHttpClient } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';

import { API_BASE_URL } from '../../../core/api-base';
import { ReportLinks } from './report-links';

describe('ReportLinks', () => {
  it('links the minutes PDF of the visit in Finnish, Swedish and English, to download', async () => {
    TestBed.configureTestingModule({
      imports: [ReportLinks],
      providers: [
        provideHttpClient(),
        provideTranslateService(),
        { provide: API_BASE_URL, useValue: '/api' },
      ],
    });
    const fixture = TestBed.createComponent(ReportLinks);
    fixture.componentRef.setInput('visitId', 'v1');
    await fixture.whenStable();
    const links = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('a'));
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/api/v1/visits/v1/report?lang=fi',
      '/api/v1/visits/v1/report?lang=sv',
      '/api/v1/visits/v1/report?lang=en',
    ]);
    expect(links.every((a) => a.hasAttribute('download'))).toBeTrue();
  });
});
