/**
 * `npm run bench`: load on the bot's HTTP endpoint with autocannon, the bot in its own process.
 * Cases: a text command, a free-text suggestion and a walk step (invoke), each at 10 and 50
 * connections for 10 s, against the ceiling of the stack measured in the same run (bench/minimalBot.ts:
 * same restify and CloudAdapter, one small templated card per message). Prints requests per second,
 * p50/p99 latency, the ratio to the ceiling and the server's resident memory after each case.
 */
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { toWalkData } from '../src/bot/verbs';
import { answersOf } from '../src/playbook/questions';
import { ANSWER_LIKELIHOODS } from '../src/triage/answerLikelihoods';
import { Walk, WalkEngine } from '../src/triage/walk';
import { freePort, startBot, waitFor, run } from '../scripts/processes';
import { teamsInvoke, teamsMessage } from '../tests/support/http';

const DURATION_S = 10;
const CONNECTIONS = [10, 50];
/** Memory must stay flat over at least this many requests, counted from the second case. */
const MEMORY_REQUESTS = 100_000;

/** Requests as Teams sends them, from one bench user in a personal chat. */
const benchUser = {
  from: { id: '29:bench-user', name: 'Bench User', aadObjectId: '00000000-0000-0000-0000-00000000000b' },
};
const message = (text: string) => JSON.stringify(teamsMessage(text, benchUser));

/**
 * Clicks on every question of the first three steps of both workloads' walks, with each answer:
 * a few hundred different walk states, as many users at different points of their walks would send.
 */
function walkSteps(): string[] {
  const clicks: string[] = [];
  const engine = new WalkEngine(ANSWER_LIKELIHOODS);
  const visit = (walk: Walk, depth: number) => {
    const step = engine.nextStep(walk);
    if (step.kind !== 'question' || depth === 3) return;
    for (const ans of answersOf(step.question.id, walk.workload)) {
      const data = { w: toWalkData(walk), q: step.question.id, ans };
      clicks.push(JSON.stringify(teamsInvoke('answer', data, benchUser)));
      visit({ ...walk, answers: [...walk.answers, [step.question.id, ans]] }, depth + 1);
    }
  };
  for (const workload of ['m365-apps', 'teams'] as const) visit({ workload, answers: [] }, 0);
  return clicks;
}
const descriptions = [
  "can't roll out M365 Apps until the Win10 image is finished",
  'Kunde wartet auf neuen EA-Vertrag',
  '客户的网络带宽不足',
  'IT team has no Intune skills and no budget for a partner this FY',
  'Outlook add-in for the CRM breaks on the new version',
  'Cliente aguardando aprovação do contrato EA',
];

interface Case {
  readonly name: string;
  readonly requests: readonly string[];
}
const CASES: readonly Case[] = [
  { name: 'text command (help)', requests: [message('help')] },
  { name: 'free-text suggestion', requests: descriptions.map(message) },
  { name: 'walk step (invoke)', requests: walkSteps() },
];

interface Row {
  server: string;
  case: string;
  connections: number;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  bad: number;
  ratio?: number;
  rssMb: number;
}

function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'))!;
  return Math.round(Number(line.replace(/\D+/g, '')) / 1024);
}

async function load(url: string, bodies: readonly string[], connections: number, duration: number) {
  const result = await autocannon({
    url,
    connections,
    duration,
    requests: bodies.map((body) => ({
      method: 'POST' as const,
      headers: { 'content-type': 'application/json' },
      body,
    })),
  });
  return {
    requests: result.requests.total,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    bad: result.non2xx + result.errors + result.timeouts,
  };
}

async function startMinimalBot() {
  const port = await freePort();
  const running = run(process.execPath, ['--import', 'tsx', 'bench/minimalBot.ts'], { PORT: String(port) });
  await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/healthz`)).ok, 'the minimal bot');
  return { ...running, url: `http://127.0.0.1:${port}/api/messages` };
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  console.log(
    `Load benchmark: ${DURATION_S} s per case, connections ${CONNECTIONS.join(' and ')}, Node ${process.version}\n`,
  );

  const minimal = await startMinimalBot();
  await load(minimal.url, [message('warm up')], 10, 2);
  const ceiling = new Map<number, number>();
  for (const connections of CONNECTIONS) {
    const r = await load(minimal.url, [message('help')], connections, DURATION_S);
    ceiling.set(connections, r.rps);
    rows.push({
      server: 'minimal bot (ceiling)',
      case: 'message, one card',
      connections,
      ...r,
      rssMb: rssMb(minimal.process.pid!),
    });
  }
  await minimal.stop();

  // Request logs at info as in production, written to stdout like there (and dropped here).
  const bot = await startBot(await freePort(), { MicrosoftAppId: '', LOG_LEVEL: 'info', STORAGE: 'memory' });
  for (const c of CASES) await load(bot.url, c.requests, 10, 2);
  for (const connections of CONNECTIONS) {
    for (const c of CASES) {
      const r = await load(bot.url, c.requests, connections, DURATION_S);
      rows.push({
        server: 'blocker triage',
        case: c.name,
        connections,
        ...r,
        ratio: r.rps / ceiling.get(connections)!,
        rssMb: rssMb(bot.process.pid!),
      });
    }
  }
  // Memory is judged over at least MEMORY_REQUESTS from the second case on: a mixed soak makes up any shortfall.
  const ours = rows.filter((r) => r.server === 'blocker triage');
  const sinceSecond = ours.slice(1).reduce((sum, r) => sum + r.requests, 0);
  let soak: { requests: number; rssMb: number } | undefined;
  while (sinceSecond + (soak?.requests ?? 0) < MEMORY_REQUESTS) {
    const remaining = MEMORY_REQUESTS - sinceSecond - (soak?.requests ?? 0);
    const r = await load(
      bot.url,
      CASES.flatMap((c) => c.requests),
      10,
      Math.ceil((remaining * 1.1) / ours[ours.length - 1].rps) + 1,
    );
    soak = { requests: (soak?.requests ?? 0) + r.requests, rssMb: rssMb(bot.process.pid!) };
  }
  await bot.stop();

  console.log(
    '| server | case | conn | requests | req/s | p50 ms | p99 ms | non-2xx/errors | ratio to ceiling | RSS MB after |',
  );
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    console.log(
      `| ${r.server} | ${r.case} | ${r.connections} | ${r.requests} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.bad} | ${r.ratio === undefined ? '' : r.ratio.toFixed(2)} | ${r.rssMb} |`,
    );
  }
  const second = ours[1].rssMb;
  const last = soak?.rssMb ?? ours[ours.length - 1].rssMb;
  const measured = sinceSecond + (soak?.requests ?? 0);
  console.log(
    `\nMemory: RSS ${second} MB after the second case, ${last} MB after ${measured} more requests` +
      `${soak ? ` (the cases, then a mixed soak of ${soak.requests})` : ''}: ${(((last - second) / second) * 100).toFixed(1)}% growth.`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
