import { DestroyRef, Injectable, inject } from '@angular/core';

/** Saves a form's unsaved work (e.g. as a draft); must settle quickly, it runs just before sign-out. */
export type UnsavedWorkSaver = () => Promise<void>;

/** How long the sign-out waits for savers: the session must still be valid when their requests arrive. */
export const SAVE_TIMEOUT_MS = 8_000;

/**
 * Feature forms register a saver here; before an automatic sign-out (idle timeout) every saver runs,
 * so nobody loses their writing to a timeout.
 */
@Injectable({ providedIn: 'root' })
export class UnsavedWorkRegistry {
  private readonly savers = new Set<UnsavedWorkSaver>();

  /** Returns the function that unregisters the saver. */
  register(saver: UnsavedWorkSaver): () => void {
    this.savers.add(saver);
    return () => this.savers.delete(saver);
  }

  get size(): number {
    return this.savers.size;
  }

  /** Runs every saver; a failing or slow saver never keeps the others or the sign-out waiting for long. */
  async saveAll(timeoutMs = SAVE_TIMEOUT_MS): Promise<void> {
    if (this.savers.size === 0) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
    const saves = Promise.allSettled([...this.savers].map((saver) => Promise.resolve().then(saver)));
    await Promise.race([saves, timeout]);
    clearTimeout(timer);
  }
}

/** For a component or directive: registers the saver for as long as it lives. */
export function registerUnsavedWork(saver: UnsavedWorkSaver): void {
  const unregister = inject(UnsavedWorkRegistry).register(saver);
  inject(DestroyRef).onDestroy(unregister);
}
