import autocannon from '/work/main/node_modules/autocannon';
import { toWalkData } from '/work/main/src/bot/actions';
import { ANSWERS, Walk, nextStep } from '/work/main/src/triage/walk';
import { teamsInvoke } from '/work/main/tests/support/http';
const clicks: string[] = [];
const visit = (walk: Walk, depth: number) => {
  const step = nextStep(walk);
  if (step.kind !== 'question' || depth === 3) return;
  for (const ans of ANSWERS) {
    clicks.push(JSON.stringify(teamsInvoke('answer', { w: toWalkData(walk), q: step.question.id, ans })));
    visit({ ...walk, answers: [...walk.answers, [step.question.id, ans]] }, depth + 1);
  }
};
for (const workload of ['m365-apps', 'teams'] as const) visit({ workload, answers: [] }, 0);
autocannon({ url: 'http://127.0.0.1:3990/api/messages', connections: 10, duration: 15, requests: clicks.map((body) => ({ method: 'POST' as const, headers: { 'content-type': 'application/json' }, body })) }).then((r) => console.log(r.requests.average, r.non2xx));
