import { TestBed } from '@angular/core/testing';

import { UnsavedWorkRegistry } from './unsaved-work-registry';

describe('UnsavedWorkRegistry', () => {
  let registry: UnsavedWorkRegistry;

  beforeEach(() => {
    TestBed.configureTestingModule({});
    registry = TestBed.inject(UnsavedWorkRegistry);
  });

  afterEach(() => jasmine.clock().uninstall());

  it('runs every registered saver', async () => {
    const saved: string[] = [];
    registry.register(async () => void saved.push('case note'));
    registry.register(async () => void saved.push('plan'));
    await registry.saveAll();
    expect(saved.sort()).toEqual(['case note', 'plan']);
  });

  it('does not run a saver after it is unregistered', async () => {
    const saver = jasmine.createSpy('saver').and.resolveTo();
    const unregister = registry.register(saver);
    unregister();
    await registry.saveAll();
    expect(saver).not.toHaveBeenCalled();
    expect(registry.size).toBe(0);
  });

  it('keeps going when a saver fails or throws', async () => {
    const good = jasmine.createSpy('good').and.resolveTo();
    registry.register(() => Promise.reject(new Error('offline')));
    registry.register(() => {
      throw new Error('bug');
    });
    registry.register(good);
    await expectAsync(registry.saveAll()).toBeResolved();
    expect(good).toHaveBeenCalled();
  });

  it('stops waiting for a saver that hangs', async () => {
    jasmine.clock().install();
    registry.register(() => new Promise<void>(() => undefined));
    let done = false;
    const saving = registry.saveAll(1000).then(() => (done = true));
    await Promise.resolve();
    expect(done).toBeFalse();
    jasmine.clock().tick(1001);
    await saving;
    expect(done).toBeTrue();
  });
});
