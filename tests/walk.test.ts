import { L2_IDS, L2Id, WORKLOAD_IDS, WorkloadId } from '../src/playbook/ids';
import { QUESTIONS } from '../src/playbook/questions';
import { ANSWERS, Answer, MAX_QUESTIONS, Walk, WalkEngine, back, rewindTo } from '../src/triage/walk';
import { outcome } from '../src/triage/outcome';

const engine = new WalkEngine();

/** Walks to the end, answering each question with `policy`; returns the walk and the questions asked. */
function walkWith(workload: WorkloadId, policy: (questionId: string) => Answer, focus?: L2Id) {
  let walk: Walk = { workload, answers: [], focus };
  for (;;) {
    const step = engine.nextStep(walk);
    if (step.kind === 'result') return { walk, result: step.ranking[0].l2, asked: walk.answers.map(([q]) => q) };
    walk = engine.answer(walk, step.question.id, policy(step.question.id))!;
  }
}

/** What someone whose blocker belongs to `l2` plausibly answers: yes to its scope and own questions. */
const PLAUSIBLE_SCOPE: Record<L2Id, string[]> = {
  'customer-it-infrastructure-remediation': ['scope-technology'],
  'it-change-management-resourcing': ['scope-people-process', 'scope-it-team'],
  'adoption-readiness': ['scope-people-process', 'scope-users-business'],
  'product-feature-capability': ['scope-microsoft-side'],
  'app-compatibility': ['scope-technology', 'scope-lob-apps'],
  'partner-engagement': ['scope-people-process', 'scope-partner'],
  'billing-licensing-subscription': ['scope-commercial'],
  'service-reliability': ['scope-microsoft-side', 'scope-reliability'],
};
const plausible =
  (l2: L2Id) =>
  (q: string): Answer => {
    const def = QUESTIONS.find((d) => d.id === q)!;
    return PLAUSIBLE_SCOPE[l2].includes(q) || ('owner' in def && def.owner === l2) ? 'y' : 'n';
  };

describe('the guided walk', () => {
  it.each(WORKLOAD_IDS.flatMap((wl) => L2_IDS.map((l2) => [wl, l2] as const)))(
    'a %s walk answered as for %s ends on it',
    (workload, l2) => {
      const { result, asked } = walkWith(workload, plausible(l2));
      expect(result).toBe(l2);
      expect(asked.length).toBeLessThanOrEqual(MAX_QUESTIONS);
    },
  );

  it('a Microsoft 365 Apps walk with package creation and deployment problems ends on Customer IT Infrastructure', () => {
    const yes = new Set(['scope-technology', 'm365-packaging']);
    const { result, asked } = walkWith('m365-apps', (q) => (yes.has(q) ? 'y' : 'n'));
    expect(asked).toContain('m365-packaging');
    expect(result).toBe('customer-it-infrastructure-remediation');
  });

  it('a Teams walk whose answer is "waiting to deploy Exchange first" ends on Customer IT Infrastructure', () => {
    // Someone who knows only that, and someone who also calls it a technology matter.
    const onlyThat = walkWith('teams', (q) => (q === 'teams-exchange-first' ? 'y' : 'u'));
    const alsoTechnology = walkWith('teams', (q) =>
      q === 'teams-exchange-first' || q === 'scope-technology' ? 'y' : 'n',
    );
    for (const { result, asked } of [onlyThat, alsoTechnology]) {
      expect(asked).toContain('teams-exchange-first');
      expect(result).toBe('customer-it-infrastructure-remediation');
    }
  });

  it('asks the seed’s workload-specific questions only in walks for that workload', () => {
    for (const workload of WORKLOAD_IDS) {
      for (const l2 of L2_IDS) {
        const { asked } = walkWith(workload, plausible(l2));
        const foreign = asked.filter((q) => {
          const def = QUESTIONS.find((d) => d.id === q)!;
          return 'workload' in def && def.workload !== workload;
        });
        expect(foreign).toEqual([]);
      }
    }
  });

  it('a Microsoft 365 Apps walk asks about add-ins when it comes down to apps against infrastructure', () => {
    const { asked, result } = walkWith('m365-apps', (q) => (q === 'm365-addins' || q === 'scope-lob-apps' ? 'y' : 'n'));
    expect(asked).toContain('m365-addins');
    expect(result).toBe('app-compatibility');
  });

  it('never needs more than 8 questions, over every possible answer path of every workload', () => {
    for (const workload of WORKLOAD_IDS) {
      let longest = 0;
      let paths = 0;
      const reached = new Set<L2Id>();
      const explore = (walk: Walk) => {
        const step = engine.nextStep(walk);
        if (step.kind === 'result') {
          paths++;
          longest = Math.max(longest, walk.answers.length);
          reached.add(step.ranking[0].l2);
          return;
        }
        for (const a of ANSWERS) explore(engine.answer(walk, step.question.id, a)!);
      };
      explore({ workload, answers: [] });
      expect(longest).toBeLessThanOrEqual(MAX_QUESTIONS);
      expect(paths).toBeGreaterThan(100);
      expect([...reached].sort()).toEqual([...L2_IDS].sort());
    }
  });

  it('asks a question that splits the field first, not one L2’s own question', () => {
    const step = engine.nextStep({ workload: 'other', answers: [] });
    expect(step.kind).toBe('question');
    if (step.kind === 'question') expect(step.question.kind).toBe('scope');
  });

  it('does not conclude before one of the leading L2’s own questions was answered Yes', () => {
    const { walk, result } = walkWith('other', plausible('billing-licensing-subscription'));
    const own = walk.answers.filter(([q, a]) => a === 'y' && QUESTIONS.find((d) => d.id === q)!.kind !== 'scope');
    expect(result).toBe('billing-licensing-subscription');
    expect(own.length).toBeGreaterThan(0);
  });

  it('"Not sure" to everything ends after 8 questions with a low confidence', () => {
    const { walk } = walkWith('teams', () => 'u');
    expect(walk.answers).toHaveLength(MAX_QUESTIONS);
    expect(outcome(walk).confidence).toBeLessThan(0.5);
  });

  it('a focused walk opens with the focus L2’s own questions', () => {
    const first = engine.nextStep({ workload: 'other', answers: [], focus: 'partner-engagement' });
    expect(first.kind === 'question' && first.question.owner).toBe('partner-engagement');
    const { result } = walkWith('other', plausible('partner-engagement'), 'partner-engagement');
    expect(result).toBe('partner-engagement');
  });

  it('refuses an answer to a question the walk is not at', () => {
    const walk: Walk = { workload: 'teams', answers: [] };
    const step = engine.nextStep(walk);
    const other = QUESTIONS.find((q) => step.kind === 'question' && q.id !== step.question.id)!;
    expect(engine.answer(walk, other.id, 'y')).toBeUndefined();
    expect(engine.answer(walk, 'no-such-question', 'y')).toBeUndefined();
  });

  it('goes back one answer, and rewinds to change an earlier one', () => {
    const { walk } = walkWith('m365-apps', plausible('app-compatibility'));
    expect(back(walk).answers).toEqual(walk.answers.slice(0, -1));
    const second = walk.answers[1][0];
    const rewound = rewindTo(walk, second)!;
    expect(rewound.answers).toEqual(walk.answers.slice(0, 1));
    const step = engine.nextStep(rewound);
    expect(step.kind === 'question' && step.question.id).toBe(second);
    expect(rewindTo(walk, 'not-asked')).toBeUndefined();
  });

  it('tells a walk it would have produced from a forged or reordered one', () => {
    const { walk } = walkWith('teams', plausible('service-reliability'));
    expect(engine.isConsistent(walk)).toBe(true);
    expect(engine.isConsistent({ ...walk, answers: [...walk.answers].reverse() })).toBe(false);
    expect(engine.isConsistent({ ...walk, answers: [['rel-backup', 'y']] })).toBe(false);
    expect(engine.isConsistent({ ...walk, workload: 'm365-apps', answers: [...walk.answers, ...walk.answers] })).toBe(
      false,
    );
  });

  it('is deterministic', () => {
    const a = walkWith('m365-apps', plausible('adoption-readiness'));
    const b = walkWith('m365-apps', plausible('adoption-readiness'));
    expect(a.walk).toEqual(b.walk);
  });

  it('a user’s own choice overrides the walk and keeps the runner-ups', () => {
    const { walk } = walkWith('teams', plausible('partner-engagement'));
    const chosen = outcome(walk, 'billing-licensing-subscription');
    expect(chosen.l2).toBe('billing-licensing-subscription');
    expect(chosen.chosen).toBe(true);
    expect(chosen.runnerUps[0].l2).toBe('partner-engagement');
    expect(chosen.runnerUps.map((r) => r.l2)).not.toContain('billing-licensing-subscription');
  });
});
