import { L2_IDS, L2Id, PHASE_IDS, WORKLOAD_IDS } from '../src/playbook/ids';
import { QUESTIONS } from '../src/playbook/questions';
import {
  LOCALES,
  LocaleId,
  LocaleText,
  Plural,
  format,
  formatCount,
  formatPercent,
  resolveLocale,
} from '../src/locales';
import { notesLine } from '../src/bot/views/notes';
import { ANSWER_LIKELIHOODS } from '../src/triage/answerLikelihoods';
import { Walk, WalkEngine } from '../src/triage/walk';
import { testClassifier, views } from './support/bot';
import { button, cardButtons, cardTexts, expectValidCard, overflowRisks } from './support/adaptiveCards';
import { startServer, teamsInvoke, teamsMessage } from './support/http';

const IDS = Object.keys(LOCALES) as LocaleId[];
const OTHERS = IDS.filter((id) => id !== 'en');

const PLURAL_CATEGORIES = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);
/** A message with a form per plural category: its keys are categories, `other` among them. */
const isPlural = (node: object): node is Plural =>
  'other' in node && Object.keys(node).every((key) => PLURAL_CATEGORIES.has(key));

/** Every plural message of a locale by its path. */
function plurals(node: unknown, path = '', into = new Map<string, Plural>()): Map<string, Plural> {
  if (node === null || typeof node !== 'object') return into;
  if (isPlural(node)) return into.set(path, node);
  for (const [key, value] of Object.entries(node)) plurals(value, path ? `${path}.${key}` : key, into);
  return into;
}

/**
 * Every string of a locale by its path; arrays by index; a plural message by its `other` form (its
 * forms differ by language). `commandWords` differ by design.
 */
function strings(node: unknown, path = '', into = new Map<string, string>()): Map<string, string> {
  if (typeof node === 'string') into.set(path, node);
  else if (node !== null && typeof node === 'object' && isPlural(node)) into.set(path, node.other);
  else if (Array.isArray(node)) node.forEach((item, i) => strings(item, `${path}[${i}]`, into));
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node))
      if (key !== 'commandWords') strings(value, path ? `${path}.${key}` : key, into);
  }
  return into;
}
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the six languages', () => {
  it('are en, de, zh-CN, ja, pt-BR and es', () => {
    expect(IDS.sort()).toEqual(['de', 'en', 'es', 'ja', 'pt-BR', 'zh-CN']);
  });

  it.each(OTHERS)('%s has every key of English, with the same placeholders, and nothing empty', (id) => {
    const english = strings(LOCALES.en);
    const other = strings(LOCALES[id]);
    expect([...other.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [path, text] of english) {
      expect({ path, placeholders: placeholders(other.get(path)!) }).toEqual({
        path,
        placeholders: placeholders(text),
      });
      expect({ path, empty: other.get(path)!.trim() === '' }).toEqual({ path, empty: false });
    }
  });

  it.each(IDS)(
    '%s: each plural message has exactly the forms its plural rules pick, with the same placeholders',
    (id) => {
      const t = LOCALES[id];
      const categories = new Intl.PluralRules(t.locale).resolvedOptions().pluralCategories;
      const messages = plurals(t);
      expect([...messages.keys()].sort()).toEqual(['ui.result.confidence', 'ui.summary.title']);
      for (const [path, forms] of messages) {
        expect({ path, forms: Object.keys(forms).sort() }).toEqual({ path, forms: [...categories].sort() });
        for (const form of Object.values(forms)) expect(placeholders(form)).toEqual(placeholders(forms.other));
      }
    },
  );

  it('writes counts and percentages by each language’s rules', () => {
    expect(formatCount(LOCALES.en, LOCALES.en.ui.summary.title, { count: 1 })).toBe('Review summary: 1 blocker');
    expect(formatCount(LOCALES.en, LOCALES.en.ui.summary.title, { count: 2 })).toBe('Review summary: 2 blockers');
    expect(formatCount(LOCALES.de, LOCALES.de.ui.result.confidence, { count: 1, percent: '90 %' })).toBe(
      'Sicherheit: 90 % nach 1 Antwort',
    );
    expect(formatCount(LOCALES.de, LOCALES.de.ui.summary.title, { count: 1200 })).toContain('1.200 Hindernisse');
    expect(formatCount(LOCALES['pt-BR'], LOCALES['pt-BR'].ui.summary.title, { count: 1 })).toBe(
      'Resumo da revisão: 1 bloqueio',
    );
    expect(formatPercent(LOCALES.en, 0.724)).toBe('72%');
    expect(formatPercent(LOCALES.de, 0.724)).toBe('72\u00a0%');
    expect(formatPercent(LOCALES.es, 0.724)).toBe('72\u00a0%');
    // An estimate is never shown as certain, nor as impossible.
    expect(formatPercent(LOCALES.en, 0.998)).toBe('99%');
    expect(formatPercent(LOCALES.en, 0.001)).toBe('1%');
  });

  it('resolves client locales by language, then English; never from a path', () => {
    expect(resolveLocale('de-DE')).toBe('de');
    expect(resolveLocale('de-AT')).toBe('de');
    expect(resolveLocale('zh-cn')).toBe('zh-CN');
    expect(resolveLocale('zh-Hans-CN')).toBe('zh-CN');
    expect(resolveLocale('zh-TW')).toBe('en');
    expect(resolveLocale('zh-Hant-HK')).toBe('en');
    expect(resolveLocale('ja-JP')).toBe('ja');
    expect(resolveLocale('pt-BR')).toBe('pt-BR');
    expect(resolveLocale('pt-PT')).toBe('pt-BR');
    expect(resolveLocale('es-MX')).toBe('es');
    expect(resolveLocale('fr-FR')).toBe('en');
    expect(resolveLocale(undefined)).toBe('en');
    expect(resolveLocale('../../etc/passwd')).toBe('en');
    expect(resolveLocale('__proto__')).toBe('en');
  });
});

/** English words that no German, Portuguese or Spanish card has any business showing. */
const ENGLISH = new Set(
  'the and with this that your you are not for from what which when have has does will can should would about there their they been into other more than only also after before because without yet still need needs must choose clear settle answers question questions customer users shows show start over back yes answer confidence leaning chosen why scope confirm notes found example examples'.split(
    ' ',
  ),
);
/** Names that stay as they are in every language. */
const NAMES =
  /Microsoft 365 Apps|Microsoft 365|Office ProPlus|Office 365|FastTrack|FTOP|OneList|GetHelp|Teams|Exchange|SharePoint|Windows|Internet Explorer|Active Directory|Line of Business|Account Team|Engineering/g;

/** The ids (blocked, customer-it-infrastructure-remediation...) are the same in every language by design. */
const IDS_IN_TEXT = new RegExp(`\\b(${[...L2_IDS, 'blocked'].join('|')})\\b`, 'g');

/** FTOP's fields as the (English) portal shows them: the result shows them beside the user's language on purpose. */
const en = LOCALES.en;
const PORTAL = [
  ...Object.values(en.playbook.ftop.labels),
  ...PHASE_IDS.flatMap((phase) => Object.values(en.playbook.ftop.values[phase])),
  ...L2_IDS.map((l2) => format(en.ui.result.nextAction, { l2: en.playbook.l2[l2].name })),
  ...L2_IDS.map((l2) => en.playbook.l2[l2].name),
].sort((a, b) => b.length - a.length);

function englishIn(text: string): string[] {
  const words =
    PORTAL.reduce((rest, portal) => rest.split(portal).join(' '), text)
      .replace(NAMES, ' ')
      .replace(IDS_IN_TEXT, ' ')
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  return words.filter((w) => ENGLISH.has(w));
}

const engine = new WalkEngine(ANSWER_LIKELIHOODS);
/** A question card's step for any question the walk asks (the kind, a border, a detail), wherever it comes. */
const stepFor = (walk: Walk, id: string) => ({
  kind: 'question' as const,
  question: QUESTIONS.find((q) => q.id === id)!,
  number: walk.answers.length + 1,
  ranking: engine.ranking(walk),
});

/** Every card the bot can show, in one language, with the walk cards for every question of every workload. */
function everyCard(t: LocaleText) {
  const walk = { workload: 'm365-apps' as const, answers: [] };
  const unsure: Walk = {
    workload: 'teams',
    answers: [
      ['kind', 'u'],
      ['ms-must-change', 'u'],
      ['service-confidence', 'u'],
    ],
  };
  const asked = QUESTIONS.filter((q) => q.kind === 'choice' || q.kind === 'scope' || q.kind === 'detail');
  const cards = [
    views.notice.welcome(t),
    views.notice.help(t),
    views.walk.workload(t, { customer: 'Contoso' }),
    views.l2.list(t),
    views.walk.choose(t, walk),
    views.notice.stale(t),
    views.notice.error(t, { verb: 'start', data: {} }),
    views.notice.notice(t, t.ui.summary.cleared),
    views.notice.languages(t),
    views.review.confirmClear(t),
    ...[false, true].map((shared) =>
      views.review.summary(
        t,
        [
          {
            cardKey: 'w',
            customer: 'Contoso',
            workload: 'teams',
            l2: 'partner-engagement',
            notes: 'n',
            confirmedBy: 'Dana',
            at: '2026-11-22T10:00:00.000Z',
          },
        ],
        shared,
      ),
    ),
    ...L2_IDS.map((l2) => views.l2.compact(t, l2)),
    ...quotedCards(t),
    ...L2_IDS.map((l2) => views.l2.explain(t, l2)),
    ...L2_IDS.flatMap((l2) =>
      PHASE_IDS.map((phase) =>
        views.walk.result(t, { workload: 'teams', answers: [['kind', 'environment']] }, { phase, chosenL2: l2 }),
      ),
    ),
    views.walk.result(t, unsure, { phase: 'assignment' }),
    ...WORKLOAD_IDS.flatMap((workload) =>
      asked.map((q) => {
        const at: Walk = { workload, answers: q.id === 'kind' ? [] : [['kind', 'u']] };
        return views.walk.question(t, at, stepFor(at, q.id), {});
      }),
    ),
  ];
  return cards;
}

/** The suggestion for a quoted message (a message action), and the dialog that shows it privately. */
function quotedCards(t: LocaleText) {
  const id = (Object.keys(LOCALES) as LocaleId[]).find((key) => LOCALES[key] === t)!;
  const { text } = DESCRIPTIONS[id];
  const suggestion = views.suggestion.suggestion(t, text, testClassifier().classify(text), { author: 'Dana Field' });
  return [suggestion, views.extension.privately(t, suggestion, { text, author: 'Dana Field' })];
}

describe('cards in every language', () => {
  it.each(IDS)('%s: every card parses cleanly in the official adaptivecards package', (id) => {
    for (const card of everyCard(LOCALES[id])) expectValidCard(card);
  });

  it.each(IDS)('%s: no row of buttons on any card is cut or pushed past the edge at 340 px', (id) => {
    expect(everyCard(LOCALES[id]).flatMap((card) => overflowRisks(card))).toEqual([]);
  });

  it('the overflow check catches a title too long for a phone, and a row too full', () => {
    const card = (actions: { title: string; mode?: string }[]) => ({ type: 'AdaptiveCard', version: '1.5', actions });
    expect(overflowRisks(card([{ title: 'IT-Änderungsmanagement und Ressourcen (13 %)' }]))).toHaveLength(1);
    expect(overflowRisks(card([{ title: '合作伙伴参与合作伙伴参与合作伙伴参与' }]))).toHaveLength(1);
    expect(overflowRisks(card(['A', 'B', 'C', 'D'].map((title) => ({ title }))))).toHaveLength(1);
    expect(
      overflowRisks(card(['A', 'B', 'C', 'D'].map((title, i) => ({ title, mode: i > 1 ? 'secondary' : 'primary' })))),
    ).toEqual([]);
  });

  it.each(['de', 'pt-BR', 'es'] as const)('%s: no English left on any card, except names', (id) => {
    const found = everyCard(LOCALES[id])
      .flatMap((card) => [...cardTexts(card), ...cardButtons(card).map((b) => b.title)])
      .flatMap((text) => englishIn(text).map((word) => `${word} in “${text.slice(0, 80)}”`));
    expect(found).toEqual([]);
  });

  it.each(['zh-CN', 'ja'] as const)(
    '%s: no English sentence on any card (Latin letters only in names and ids)',
    (id) => {
      const ids = new RegExp([...L2_IDS, ...WORKLOAD_IDS, 'blocked'].join('|'), 'g');
      const found = everyCard(LOCALES[id])
        .flatMap((card) => [...cardTexts(card), ...cardButtons(card).map((b) => b.title)])
        .filter((text) =>
          /[A-Za-z]{3,}\s+[a-z]{2,}\s+[a-z]{2,}/.test(
            PORTAL.reduce((rest, portal) => rest.split(portal).join(' '), text)
              .replace(NAMES, '')
              .replace(ids, ''),
          ),
        );
      expect(found).toEqual([]);
    },
  );

  it.each(IDS)('%s: the FTOP notes line is in the language and names the L2 id in brackets', (id) => {
    const t = LOCALES[id];
    const walk: Walk = {
      workload: 'teams',
      answers: [
        ['kind', 'environment'],
        ['detail-infrastructure', 'inf-network'],
      ],
    };
    const line = notesLine(t, engine, walk, 'customer-it-infrastructure-remediation');
    expect(line).toContain('[customer-it-infrastructure-remediation]');
    expect(line).toContain(t.playbook.l2['customer-it-infrastructure-remediation'].name);
    expect(line).toContain(t.playbook.kindOptions.environment.finding);
    expect(line).toContain(t.playbook.questions['inf-network'].finding!);
    // From a message action: who wrote the message, and its link.
    const link = 'https://teams.microsoft.com/l/message/19:x@thread.tacv2/1';
    const quoted = notesLine(t, engine, { ...walk, source: { author: 'Dana Field', link } }, 'partner-engagement');
    expect(quoted).toContain(`${format(t.ui.extensions.from, { author: 'Dana Field' })} ${link}`);
  });
});

/** Descriptions a user might type, one per language, and the L2 they name. */
const DESCRIPTIONS: Record<LocaleId, { text: string; l2: L2Id }> = {
  en: {
    text: 'Customer is waiting for the new EA contract to be signed before buying E5',
    l2: 'billing-licensing-subscription',
  },
  de: { text: 'Kunde wartet auf neuen EA-Vertrag', l2: 'billing-licensing-subscription' },
  'zh-CN': { text: '客户的网络带宽不足', l2: 'customer-it-infrastructure-remediation' },
  ja: {
    text: '顧客のネットワーク帯域が不足しており、プロキシの更新が必要です',
    l2: 'customer-it-infrastructure-remediation',
  },
  'pt-BR': { text: 'Os usuários não foram treinados e a empresa não tem plano de adoção', l2: 'adoption-readiness' },
  es: { text: 'El partner no responde a Microsoft desde hace semanas', l2: 'partner-engagement' },
};

describe('over HTTP, in each language', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  const locales: Record<LocaleId, string> = {
    en: 'en-US',
    de: 'de-DE',
    'zh-CN': 'zh-cn',
    ja: 'ja-JP',
    'pt-BR': 'pt-BR',
    es: 'es-ES',
  };
  const user = (id: LocaleId) => ({
    from: {
      id: `29:user-${id}`,
      name: 'Dana Field',
      aadObjectId: `00000000-0000-0000-0000-0000000000${IDS.indexOf(id)}`,
    },
    locale: locales[id],
  });

  async function say(id: LocaleId, text: string) {
    const res = await server.post(teamsMessage(text, user(id)));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { activities: { attachments?: { content: unknown }[] }[] };
    return body.activities.map((a) => a.attachments?.[0]?.content).filter(Boolean);
  }
  async function click(id: LocaleId, b: { verb: string; data: unknown }) {
    const res = await server.post(teamsInvoke(b.verb, b.data, user(id)));
    expect(res.status).toBe(200);
    return ((await res.json()) as { value: unknown }).value;
  }

  it.each(IDS)('%s: from welcome to result, every card in the language', async (id) => {
    const t = LOCALES[id];
    const [welcome] = await say(id, 'hello');
    expectValidCard(welcome);
    expect(cardTexts(welcome)[0]).toBe(t.ui.welcome.title);

    const card = button(welcome, t.ui.actions.startTriage);
    let shown = await click(id, card);
    expect(cardTexts(shown)).toContain(t.ui.workload.prompt);
    shown = await click(id, button(shown, t.playbook.workloads['m365-apps']));
    const asked: string[] = [];
    // The kind of blocker, then the infrastructure detail: waiting for the Windows 10 image.
    const picks: Record<string, string> = {
      kind: t.playbook.kindOptions.environment.title,
      'detail-infrastructure': t.playbook.questions['m365-windows-image'].option!,
    };
    while (cardButtons(shown).some((b) => b.verb === 'answer')) {
      expectValidCard(shown);
      const q = String(cardButtons(shown).find((b) => b.verb === 'answer')!.data.q);
      asked.push(q);
      expect(cardTexts(shown)).toContain(t.playbook.questions[q as keyof LocaleText['playbook']['questions']].ask);
      shown = await click(id, button(shown, picks[q] ?? t.ui.answers.n));
    }
    expect(asked).toEqual(['kind', 'detail-infrastructure']);
    expectValidCard(shown);
    expect(asked.length).toBeLessThanOrEqual(8);
    expect(cardTexts(shown)[0]).toBe(
      format(t.ui.result.title, {
        l1: t.playbook.l1.name,
        l2: t.playbook.l2['customer-it-infrastructure-remediation'].name,
      }),
    );
    expect(cardTexts(shown)).toContain(t.playbook.l2['customer-it-infrastructure-remediation'].definition);
  });

  it.each(IDS)('%s: a description in the language gets a suggestion card in the language', async (id) => {
    const t = LOCALES[id];
    await say(id, 'help'); // not the first contact: no welcome
    const [card] = await say(id, DESCRIPTIONS[id].text);
    expectValidCard(card);
    expect(cardTexts(card)[0]).toBe(format(t.ui.suggestion.title, { l2: t.playbook.l2[DESCRIPTIONS[id].l2].name }));
    expect(cardTexts(card)).toContain(DESCRIPTIONS[id].text);
    // Each other candidate is a button of its own, then the ways on.
    expect(cardButtons(card).map((b) => b.title)).toEqual([
      t.ui.actions.use,
      t.ui.actions.use,
      t.ui.actions.thatsIt,
      t.ui.actions.walkMe,
      t.ui.actions.showAll,
    ]);
  });

  it('keeps a walk’s answers when the user switches language halfway', async () => {
    const [start] = await say('en', 'start');
    let shown = await click('en', button(start, 'Teams'));
    shown = await click('en', button(shown, 'Not sure'));
    const answered = cardButtons(shown).find((b) => b.title === 'No')!;
    // The user picks Deutsch, then clicks the English card they still have.
    const picked = await click('en', { verb: 'language', data: { lang: 'de' } });
    expect(cardTexts(picked).join(' ')).toContain('Deutsch');
    const next = await click('en', answered);
    const de = LOCALES.de;
    const answers = Object.values(de.ui.answers);
    const history = cardTexts(next).filter((text) => answers.some((a) => text.startsWith(`${a} · `)));
    expect(history.map((text) => text.split(' · ')[0])).toEqual([de.ui.answers.u, de.ui.answers.n]);
    expect(cardButtons(next).map((b) => b.title)).toEqual(
      expect.arrayContaining([de.ui.answers.y, de.ui.answers.n, de.ui.answers.u]),
    );
  });
});

describe('the classifier in six languages', () => {
  it.each(IDS)('%s: the sample description gets its L2', (id) => {
    expect(testClassifier().classify(DESCRIPTIONS[id].text).l2).toBe(DESCRIPTIONS[id].l2);
  });
});
