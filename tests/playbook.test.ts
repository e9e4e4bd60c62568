import { readFileSync } from 'node:fs';
import path from 'node:path';
import { likelihoodProblems, playbookProblems } from '../src/playbook/check';
import { ANSWER_LIKELIHOODS } from '../src/triage/answerLikelihoods';
import { L2_IDS } from '../src/playbook/ids';
import { QUESTIONS } from '../src/playbook/questions';
import { LOCALES } from '../src/locales';
import { PlaybookText } from '../src/playbook/types';

const en = LOCALES.en.playbook;
/** A source page of the playbook, kept in the repository (playbook-pages/). */
const sourcePage = (file: string) => readFileSync(path.join(__dirname, '..', 'playbook-pages', file), 'utf8');

describe('playbook content', () => {
  it('has no problems in any language', () => {
    for (const [id, t] of Object.entries(LOCALES)) expect([id, playbookProblems(t.playbook, en)]).toEqual([id, []]);
  });

  it('has the eight L2s of the overview page (playbook-pages/blocked-overview.en.md) with their English names, in the playbook’s order', () => {
    expect(L2_IDS.map((id) => en.l2[id].name)).toEqual([
      'Customer IT Infrastructure and Remediation',
      'IT Change Management and Resourcing',
      'Adoption Readiness',
      'Product Feature/Capability',
      'App Compatibility',
      'Partner Engagement',
      'Billing, Licensing and Subscription',
      'Service Reliability',
    ]);
  });

  it('carries the seed’s Customer IT Infrastructure page: scope, examples and questions', () => {
    const page = en.l2['customer-it-infrastructure-remediation'];
    expect(page.scope).toMatch(/technology.*NOT related to people or processes/);
    expect(page.validExamples).toHaveLength(5);
    expect(page.invalidExamples.map((e) => e.belongsTo)).toEqual([
      'it-change-management-resourcing',
      'it-change-management-resourcing',
    ]);
    const own = QUESTIONS.filter((q) => 'owner' in q && q.owner === 'customer-it-infrastructure-remediation');
    // The seed's three questions to ask the customer, besides the families of the definition.
    expect(own.filter((q) => q.kind === 'confirm').map((q) => q.id)).toEqual(
      expect.arrayContaining(['inf-devices', 'inf-network', 'inf-server-upgrade']),
    );
    expect(own.filter((q) => 'workload' in q && q.workload === 'm365-apps')).toHaveLength(4);
    expect(own.filter((q) => 'workload' in q && q.workload === 'teams').map((q) => en.questions[q.id].ask)).toEqual([
      'Is the customer waiting to deploy Exchange first?',
    ]);
    expect(en.questions['m365-packaging'].ask).toBe('Are there problems with package creation or deployment?');
    expect(sourcePage('customer-it-infrastructure-remediation.en.md')).toContain(
      'Are there problems with package creation or deployment?',
    );
  });

  it('fills the FTOP table per phase as the overview says', () => {
    expect(en.ftop.values.assignment).toMatchObject({
      whoUpdates: 'Assignment FM',
      owner: 'Delivery FM',
      nextAction: 'Kickoff meeting',
      targetDate: 'N/A',
    });
    expect(en.ftop.values.delivery).toMatchObject({
      whoUpdates: 'Delivery FM',
      owner: 'Account Team',
      nextActionDate: 'TBD',
      targetDate: 'Projected unblock date',
    });
  });

  it('finds a broken edit: an unknown L2, a missing definition, an L2 pointing to itself', () => {
    const broken: PlaybookText = {
      ...en,
      l2: {
        ...en.l2,
        'adoption-readiness': { ...en.l2['adoption-readiness'], definition: ' ' },
        'app-compatibility': {
          ...en.l2['app-compatibility'],
          invalidExamples: [
            { text: 'x', belongsTo: 'no-such-l2' as never },
            { text: 'y', belongsTo: 'app-compatibility' },
          ],
        },
      },
      questions: { ...en.questions, 'pfc-logged': { ask: '', finding: '' } },
    };
    const problems = playbookProblems(broken);
    expect(problems).toEqual(
      expect.arrayContaining([
        'L2 adoption-readiness: no definition',
        'L2 app-compatibility: example points to no-such-l2',
        'L2 app-compatibility: example points to app-compatibility',
        'question pfc-logged: no text',
      ]),
    );
  });

  it('finds a broken likelihood table: a missing entry, an impossible answer, a distribution off 1', () => {
    const broken = structuredClone(ANSWER_LIKELIHOODS) as Record<string, Record<string, Record<string, number>>>;
    delete broken.commercial;
    broken.kind['partner-engagement'].partner = 0;
    broken['detail-partner@other']['service-reliability'].none += 0.05;
    expect(likelihoodProblems(broken)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('no entry for commercial'),
        'likelihoods: kind / partner-engagement has an answer outside (0, 1)',
        'likelihoods: detail-partner@other / service-reliability does not sum to 1',
      ]),
    );
  });
});
