/**
 * Server specs start the real app (HTTP, the embedded engine, the demo seed) in `beforeAll`; on a busy
 * 2-core CI machine that can take longer than Jasmine's 5 s default. Timings are measured in the
 * benchmarks, never asserted here, so a generous limit only guards against hangs.
 */
jasmine.DEFAULT_TIMEOUT_INTERVAL = 30_000;
