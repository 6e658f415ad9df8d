/**
 * The server's benchmarks (`npm run bench -w server`), each in a section of docs/PERFORMANCE.md that it
 * rewrites (BENCH_NO_WRITE=1 only prints). Every section runs the real server (`node dist/main.js`) in
 * its own process. `--only <name>[,<name>]` (or BENCH_ONLY) runs some of them:
 *   picture   issue 5: situational picture, team deadlines and the child page on 10k children / 1M events
 *   visits    issue 8: the visit form offline from the service worker, syncing a queue of 20 visits
 *   meetings  issue 6: meeting notes in real time against the reference Yjs websocket server
 *   dashboard issue 9: the supervisor dashboards' APIs at 20 concurrent supervisors, with explain output
 *   floor     issue 5: the cheapest audited read the stack allows (Express, driver, engine), same load as picture
 */
import { fileURLToPath } from 'node:url';
import { writeSection } from '@keha/embedded-mongo/bench-report';
import { dashboardBench } from './dashboard/dashboard-bench.js';
import { floorBench } from './floor/floor-bench.js';
import { meetingsBench } from './meetings/meetings-bench.js';
import { pictureBench } from './picture.js';
import { visitsBench } from './visits/visits-bench.js';

const DOC_PATH = fileURLToPath(new URL('../../../docs/PERFORMANCE.md', import.meta.url));

const SECTIONS: Record<string, { heading: string; run: () => Promise<string> }> = {
  picture: { heading: '## Situational picture (issue 5)', run: pictureBench },
  floor: { heading: "## The stack's floor for an audited read (issue 5)", run: floorBench },
  visits: { heading: '## Placement visits offline (issue 8)', run: visitsBench },
  meetings: { heading: '## Meeting notes in real time (issue 6)', run: meetingsBench },
  dashboard: { heading: '## Supervisor dashboards (issue 9)', run: dashboardBench },
};

function chosen(argv: readonly string[]): string[] {
  const at = argv.indexOf('--only');
  const value = at >= 0 ? argv[at + 1] : process.env['BENCH_ONLY'];
  if (!value) return Object.keys(SECTIONS);
  const names = value.split(',').map((n) => n.trim());
  const unknown = names.filter((n) => !(n in SECTIONS));
  if (unknown.length)
    throw new Error(
      `Unknown benchmark ${unknown.join(', ')}; choose from ${Object.keys(SECTIONS).join(', ')}.`,
    );
  return names;
}

for (const name of chosen(process.argv.slice(2))) {
  const section = SECTIONS[name]!;
  console.log(`\n=== ${section.heading.slice(3)} ===`);
  const body = await section.run();
  console.log(body);
  if (!process.env['BENCH_NO_WRITE']) writeSection(DOC_PATH, section.heading, body);
}
// Client libraries of the benchmarks (socket.io-client, y-websocket) may leave timers behind.
process.exit(0);
