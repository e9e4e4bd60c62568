import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { L2_IDS, L2Id } from '../src/playbook/ids';
import {
  CLASSIFIER_LANGUAGES,
  Classification,
  Classifier,
  ClassifierLanguage,
  EXAMPLES,
  examplesOf,
  MAX_CHARS,
  loadClassifier,
  defaultTrainingTexts,
  flatten,
  isHeldOut,
  splitExamples,
  trainModel,
} from '../src/triage/classifier';
import { dismissedRanges } from '../src/triage/classifier/dismissal';
import { readSnapshot, writeSnapshot } from '../src/triage/classifier/snapshot';
import { Tokenizer } from '../src/triage/classifier/tokenize';
import { en } from '../src/triage/classifier/examples/en';

const classifier = loadClassifier();
const classify = (text: string): Classification => classifier.classify(text);

function expectWellFormed(result: Classification): void {
  expect(result.candidates.map((c) => c.l2).sort()).toEqual([...L2_IDS].sort());
  const scores = result.candidates.map((c) => c.score);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
  expect(scores.reduce((sum, s) => sum + s, 0)).toBeCloseTo(1, 6);
  expect(result.confidence).toBeGreaterThanOrEqual(0);
  expect(result.confidence).toBeLessThanOrEqual(1);
  expect(result.confidence).toBe(result.candidates[0].score);
  if (result.l2 !== null) expect(result.l2).toBe(result.candidates[0].l2);
}

describe('classifier: the seed sentences', () => {
  it.each<[string, L2Id, ClassifierLanguage]>([
    ["can't roll out M365 Apps until the Win10 image is finished", 'customer-it-infrastructure-remediation', 'en'],
    ['Kunde wartet auf neuen EA-Vertrag', 'billing-licensing-subscription', 'de'],
    ['客户的网络带宽不足', 'customer-it-infrastructure-remediation', 'zh-CN'],
  ])('%s → %s', (text, l2, language) => {
    const result = classify(text);
    expectWellFormed(result);
    expect(result.l2).toBe(l2);
    expect(result.language).toBe(language);
  });
});

describe('classifier: borders between L2s (near-misses go to their true L2)', () => {
  it.each<[string, L2Id]>([
    ['IT team lacks Intune skills', 'it-change-management-resourcing'],
    ['The service desk is not prepared to handle Teams tickets', 'it-change-management-resourcing'],
    ['users not trained', 'adoption-readiness'],
    ['staff resist moving away from shared drives', 'adoption-readiness'],
    ['waiting on new EA', 'billing-licensing-subscription'],
    [
      'they bought Business Standard but need Intune, which requires a different license',
      'billing-licensing-subscription',
    ],
    ['partner not responding', 'partner-engagement'],
    ['the consultancy we hired has gone silent for a month', 'partner-engagement'],
    ['outage last month, exec lost trust', 'service-reliability'],
    ['after the outage in March the CIO does not trust the cloud anymore', 'service-reliability'],
    ['needs feature X not on roadmap', 'product-feature-capability'],
    [
      'Teams does not offer the feature the legal department requires for e-discovery holds',
      'product-feature-capability',
    ],
    ['Outlook add-in breaks on new version', 'app-compatibility'],
    ['the custom plugin for our ticketing system crashes in new Outlook', 'app-compatibility'],
    ['customer needs to merge their two Active Directory forests first', 'customer-it-infrastructure-remediation'],
    [
      'The customer is unable to proceed because their proxy servers need replacing',
      'customer-it-infrastructure-remediation',
    ],
  ])('%s → %s', (text, l2) => {
    expect(classify(text).l2).toBe(l2);
  });
});

describe('classifier: a description that names an L2 only to set it aside gets the other one', () => {
  it.each<[string, L2Id]>([
    [
      'The IT team has enough people and budget; it is only waiting for the new network switches to be delivered.',
      'customer-it-infrastructure-remediation',
    ],
    ['Not a licensing issue: the feature does not exist in any plan.', 'product-feature-capability'],
    ['Die Lizenzen sind vorhanden, aber die Anwender wurden nicht geschult.', 'adoption-readiness'],
    ['não é problema de rede: o parceiro ainda não assinou o SOW', 'partner-engagement'],
    ['网络没问题，是服务本身经常中断', 'service-reliability'],
    [
      'no es un tema de presupuesto: el proveedor de la aplicación de nóminas no la ha certificado',
      'app-compatibility',
    ],
    ['利用者の準備は問題なし、パートナーとの契約がまだ締結されていない', 'partner-engagement'],
  ])('%s → %s', (text, l2) => {
    expect(classify(text).l2).toBe(l2);
  });

  it('reads a set-aside clause apart from the same words stated as the blocker', () => {
    const tokenizer = new Tokenizer();
    const keys = (text: string) => tokenizer.extract(text).features.map((f) => f.key);
    expect(keys('not a budget problem: the partner has no skills')).not.toContain('#budget');
    expect(keys('no budget for the project')).toContain('#budget');
    expect(keys('IT not ready yet')).toContain('#it');
  });
});

describe('classifier: abbreviations meet their long forms', () => {
  it.each<[string, string]>([
    ['OD4B sync client blocked on the old image', 'OneDrive for Business sync client blocked on the old image'],
    ['EXO migration waits for the AD cleanup', 'Exchange Online migration waits for the Active Directory cleanup'],
    ['SOW with the SI not signed', 'statement of work with the system integrator not signed'],
    ['needs E5, only has E3, waiting on the EA', 'needs E5, only has E3, waiting on the Enterprise Agreement'],
    ['LOB app not certified for OPP', 'line of business app not certified for Office ProPlus'],
  ])('%s ≈ %s', (short, long) => {
    const a = classify(short);
    const b = classify(long);
    expect(a.l2).not.toBeNull();
    expect(a.l2).toBe(b.l2);
  });

  it('shows the words of the description as evidence, not stems', () => {
    const result = classify('ODfB rollout blocked: proxy drops the connections');
    const terms = result.evidence.filter((e) => e.kind === 'term').map((e) => e.text);
    expect(terms).toContain('proxy');
    expect(result.evidence.every((e) => e.l2 === result.candidates[0].l2)).toBe(true);
    const weights = result.evidence.map((e) => e.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
  });

  it('shows nearest reference examples in the language of the description', () => {
    const examples = classify('Kunde wartet auf neuen EA-Vertrag').evidence.filter((e) => e.kind === 'example');
    expect(examples.length).toBeGreaterThan(0);
    expect(examples[0].text).toMatch(/[äöüß]|Vertrag|Kunde/);
  });
});

describe('classifier: shape and determinism', () => {
  it('always returns all eight candidates, best first, with a confidence in [0, 1]', () => {
    for (const text of [
      'VPN too slow',
      'Lizenzen fehlen',
      '合作伙伴没有回复',
      'パートナーが応答しない',
      'licença não atribuída',
      'el socio no responde',
    ]) {
      expectWellFormed(classify(text));
    }
  });

  it('gives the same answer every time, and a freshly built classifier agrees', () => {
    const text = 'Partner lacks hybrid Exchange skills and the SOW is not signed';
    const first = JSON.stringify(classify(text));
    for (let i = 0; i < 3; i++) expect(JSON.stringify(classify(text))).toBe(first);
    const rebuilt = Classifier.fromExamples(
      CLASSIFIER_LANGUAGES.flatMap((language) => splitExamples(examplesOf(language)).reference),
    );
    expect(JSON.stringify(rebuilt.classify(text))).toBe(first);
  });

  it('detects the language from script and function words', () => {
    expect(classify('El cliente no tiene licencias suficientes').language).toBe('es');
    expect(classify('O cliente não tem orçamento para a migração').language).toBe('pt-BR');
    expect(classify('顧客のネットワーク帯域が不足しています').language).toBe('ja');
    expect(classify('Die Firewall blockiert den Teams-Verkehr').language).toBe('de');
  });
});

describe('classifier: bad input never throws', () => {
  const abstains = (text: string) => {
    const result = classify(text);
    expectWellFormed(result);
    expect(result.l2).toBeNull();
    return result;
  };

  it('abstains on empty, whitespace, emoji-only, single characters and unknown words', () => {
    abstains('');
    abstains('   \n\t  ');
    expect(abstains('😀🎉👍🏽').language).toBeNull();
    abstains('a');
    abstains('网');
    abstains('?');
    abstains('asdf qwer zxcv');
    expect(abstains('').evidence).toEqual([]);
  });

  it('reads at most MAX_CHARS of 100 KB and says it shortened', () => {
    const long = `Partner not responding to Microsoft. ${'lorem ipsum dolor sit amet '.repeat(4000)}`;
    expect(long.length).toBeGreaterThan(100_000);
    const result = classify(long);
    expectWellFormed(result);
    expect(result.truncated).toBe(true);
    expect(result.text).toBe(long);
    expect(MAX_CHARS).toBeLessThan(long.length);
  });

  it('abstains on a language it does not read rather than reading French or Italian as Spanish, Dutch as Portuguese', () => {
    expect(abstains('Le client attend toujours la signature du contrat').language).toBeNull();
    expect(abstains('Le partenaire ne répond pas depuis trois semaines').language).toBeNull();
    expect(abstains('Bonjour, le client attend toujours la licence').language).toBeNull();
    expect(abstains('Il cliente non ha ancora deciso quando partire con la migrazione').language).toBeNull();
    expect(abstains('De klant wacht nog op de licenties voor het nieuwe jaar').language).toBeNull();
  });

  it.each([
    'hello',
    'hi there, how are you?',
    'Good morning team!',
    'thanks 👍',
    'ok',
    'test',
    'Hallo zusammen, danke!',
    'Olá, bom dia',
    'Hola, buenos días',
    '你好，谢谢',
    'こんにちは、よろしくお願いします',
  ])('abstains on small talk that says nothing about a blocker: %s', (text) => {
    abstains(text);
  });
});

describe('classifier: a hedged description of a real blocker is answered, with its confidence', () => {
  it.each<[string, L2Id]>([
    ['Not sure, but it may have something to do with the licences they bought.', 'billing-licensing-subscription'],
    ['I think the customer is perhaps a little worried about the cloud, hard to say.', 'service-reliability'],
    ['possibly the partner does not really have the people for it', 'partner-engagement'],
    ['It seems the users might not be quite ready yet.', 'adoption-readiness'],
    ['Vielleicht fehlt dem Partner einfach die Erfahrung damit.', 'partner-engagement'],
    ['可能是许可证的问题吧', 'billing-licensing-subscription'],
    ['たぶん社内ネットワークの帯域の問題かもしれません', 'customer-it-infrastructure-remediation'],
    ['talvez o parceiro não tenha gente suficiente', 'partner-engagement'],
    ['quizá el cliente duda de la fiabilidad de la nube', 'service-reliability'],
  ])('%s → %s', (text, l2) => {
    const result = classify(text);
    expectWellFormed(result);
    expect(result.l2).toBe(l2);
    expect(result.confidence).toBeLessThan(1);
  });

  it('answers even when it is unsure, saying how unsure', () => {
    const vague = classify('Something is not quite right with the rollout, maybe the setup.');
    expect(vague.l2).not.toBeNull();
    expect(vague.confidence).toBeLessThan(0.9);
  });

  it('survives control characters, lone surrogates and mixed languages', () => {
    expectWellFormed(classify('VPN\u0000\u0007 too\u001b[31m slow\u202e\ud800'));
    const mixed = classify('Kunde wartet auf EA, 客户的网络带宽不足, customer needs E5');
    expectWellFormed(mixed);
    expect(mixed.language).not.toBeNull();
    expectWellFormed(classify('\ufeff\u200b\u00a0'));
    expectWellFormed(classify(undefined as unknown as string));
  });
});

describe('classifier: held-out accuracy (every fifth example, never trained on)', () => {
  const heldOutTop1 = (language: ClassifierLanguage) => {
    const { heldOut } = splitExamples(examplesOf(language));
    const outcomes = heldOut.map((e) => classify(e.text).candidates[0].l2 === e.l2);
    return { n: outcomes.length, top1: outcomes.filter(Boolean).length / outcomes.length };
  };

  it.each<[ClassifierLanguage, number]>([
    ['en', 0.75],
    ['de', 0.75],
    ['zh-CN', 0.85],
  ])('%s top-1 ≥ %s', (language, threshold) => {
    const { n, top1 } = heldOutTop1(language);
    expect(n).toBeGreaterThanOrEqual(L2_IDS.length * 8);
    expect(top1).toBeGreaterThanOrEqual(threshold);
  });

  it('holds out index 4, 9, 14... of every L2 in every language', () => {
    expect([0, 1, 2, 3, 4, 5, 9, 14].map(isHeldOut)).toEqual([false, false, false, false, true, false, true, true]);
    const { reference, heldOut } = splitExamples(flatten(en));
    for (const l2 of L2_IDS) {
      const all = flatten(en).filter((e) => e.l2 === l2);
      expect(heldOut.filter((e) => e.l2 === l2)).toEqual(all.filter((_, i) => i % 5 === 4));
      expect(reference.filter((e) => e.l2 === l2)).toEqual(all.filter((_, i) => i % 5 !== 4));
    }
  });

  it('registers all six languages', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual([...CLASSIFIER_LANGUAGES].sort());
  });
});

describe('the build-time snapshot of the model', () => {
  const texts = defaultTrainingTexts();
  const model = trainModel(texts);
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'classifier-')), 'model.snapshot.json');
  const heldOut = CLASSIFIER_LANGUAGES.flatMap((language) =>
    splitExamples(examplesOf(language)).heldOut.map((e) => e.text),
  );

  it('classifies exactly as the trained model, with the same evidence', () => {
    writeSnapshot(texts, model, file);
    const loaded = readSnapshot(texts, file);
    expect(loaded).toBeDefined();
    const trained = new Classifier(model, new Tokenizer());
    const restored = new Classifier(loaded!, new Tokenizer());
    for (const text of heldOut) expect(restored.classify(text)).toEqual(trained.classify(text));
  });

  it('is not used when the training texts changed, or when there is none', () => {
    writeSnapshot(texts, model, file);
    const changed = [...texts.slice(1), { ...texts[0], text: `${texts[0].text} (edited)` }];
    expect(readSnapshot(changed, file)).toBeUndefined();
    expect(readSnapshot(texts, `${file}.missing`)).toBeUndefined();
  });
});

describe('classifier: what the writer sets aside', () => {
  const setAside = (text: string) => dismissedRanges(text).map(([start, end]) => text.slice(start, end).trim());

  it.each([
    [
      'Users avoid the new intranet; no incidents were reported, they simply prefer email',
      'no incidents were reported',
    ],
    [
      'Teams Telefonie gestoppt, keine Störungen bekannt - Nutzer wollen das alte Telefon behalten',
      'keine Störungen bekannt',
    ],
    ['Ninguna caída del servicio, pero los mandos no confían en la nube', 'Ninguna caída del servicio'],
    ['nenhum incidente registrado, usuários resistem à mudança', 'nenhum incidente registrado'],
    ['没有出现过故障，但管理层对云端存储还是不放心', '没有出现过故障'],
    ['障害は起きていないが、現場が新しい運用に慣れていない', '障害は起きていないが'],
    ['情シス体制はOK、ネックは古いルーター', '情シス体制はOK'],
    ['IT 团队人手充足，问题在于老旧的交换机', 'IT 团队人手充足'],
    [
      'Budget und Personal sind eingeplant, aber die Clients laufen noch auf Windows 7',
      'Budget und Personal sind eingeplant',
    ],
    ['The licences are active, but the partner has no signed SOW', 'The licences are active'],
    ['The service has been stable; staff just do not see the point', 'The service has been stable'],
  ])('%s: only the ruled-out clause', (text, clause) => {
    expect(setAside(text)).toEqual([clause]);
  });

  it.each([
    'Users are waiting until the service is stable again',
    'No Copilot licences have been bought',
    'Only 5% active users after three months',
    'Exchange Online had two outages last month',
  ])('%s: the blocker itself is kept', (text) => {
    expect(setAside(text)).toEqual([]);
  });
});
