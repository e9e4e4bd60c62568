/**
 * Clauses a writer mentions only to set aside: "not a product gap: EXO supports it", "IT has the
 * people and budget; just waiting on new firewalls", "Am Netzwerk liegt es nicht", "não é bug do
 * SPO", "端末側は問題なし". A border description names the L2 it is not, and its words would
 * otherwise count for that L2. The tokenizer marks the features of such a clause (see tokenize.ts),
 * so the model learns them apart from the same words stated as the blocker.
 *
 * A clause runs between punctuation (, ; : ( ) – —, " - ", the CJK marks) and contrast words
 * ("but", "aber", "mas", "pero", 但, が…). It is set aside when it opens with a negation of a
 * thing ("not a…", "no es…", "não é…", "kein…problem", 不是…, …ではなく), or when it says that
 * something is fine and has no negation of its own ("the licences are in place").
 */

/** Where clauses end: punctuation, and the words that open a contrast. */
const BOUNDARY = new RegExp(
  [
    '[,;:()\\[\\]–—。，；：！？、（）]',
    '\\s-\\s',
    '(?<![\\p{L}])(?:but|however|although|though|yet|instead|rather|just|aber|jedoch|sondern|allerdings|nur|mas|porém|contudo|apenas|só|pero|sino|sin embargo|solo|sólo)(?![\\p{L}])',
    '但是|但|而是|不过|可是|只是|しかし|けど|けれど|ですが|だが',
  ].join('|'),
  'giu',
);

/** A clause that opens by negating a thing, in any of the six languages. */
const NEGATED_THING = new RegExp(
  [
    "^(?:(?:it|this|that)(?:'s| is| was) |the (?:blocker|problem|issue|cause|gap|delay) (?:is|was) )?(?:not|isn't|wasn't) (?:a|an|the|about|from|because|due|b/c|bc|that|our|their|ms|microsoft|msft)(?![\\p{L}])",
    // "No incidents were found", "nenhuma falha técnica": the cause ruled out by naming its absence.
    '^(?:there (?:were|was|are|is|have been) )?no (?:actual |real |known |reported |technical |major )*(?:incidents?|outages?|failures?|faults?|errors?|bugs?|downtime|disruptions?)(?![\\p{L}])',
    '^(?:nenhum|nenhuma|sem|não houve|nao houve) (?:\\p{L}+ )?(?:falhas?|incidentes?|erros?|bugs?|quedas?|indisponibilidades?)(?![\\p{L}])',
    '^(?:ningún|ninguna|sin|no hubo|no hay) (?:\\p{L}+ )?(?:fallos?|incidencias?|incidentes?|errores?|caídas?|cortes?)(?![\\p{L}])',
    '^(?:没有|并无|无)(?:任何|出现过?|发生过?)?(?:故障|事故|宕机|中断|技术问题)',
    '(?:障害|不具合|インシデント|技術的な問題)(?:は|も)?(?:なし|無し|ない|なかった|ありません|起きていない|出ていない)',
    '^nothing (?:is )?wrong with',
    '^(?:es|das|dies) (?:ist|war) (?:kein|nicht (?:der|die|das|ein|eine))(?![\\p{L}])',
    '^(?:kein|keine|keinen)\\s*\\p{L}*(?:problem|thema|fehler|frage|lücke|ausfall|bug|störung|störungen|incidents?|vorfall|vorfälle)',
    '^(?:nicht|liegt nicht) (?:am|an|wegen|der|die|das)(?![\\p{L}])',
    '^(?:am|an der|an den|beim) [\\p{L}-]+ liegt es nicht',
    '^(?:isso |o problema |a causa )?(?:não|nao) (?:é|e|foi|se trata) (?:um|uma|o|a|os|as|do|da|de|bug|problema|questão|falha|falta|culpa|caso|tema)(?![\\p{L}])',
    '^(?:esto |el problema |la causa )?no (?:es|era|fue|se trata) (?:un|una|el|la|los|las|del|de|problema|fallo|falta|culpa|caso|tema|cuestión)(?![\\p{L}])',
    '^(?:这|这个|问题)?(?:不是|并非|并不是|不属于|无关)',
    'ではなく|ではありません',
  ].join('|'),
  'iu',
);

/** A clause that says a thing is fine: the licences are in place, the partner delivers cleanly. */
const FINE = new RegExp(
  [
    '(?<![\\p{L}])(?:fine|ok|okay|ready|healthy|in place|paid for|staffed|set up correctly|nothing wrong|no issues?|no problems?|(?:are|is) active|(?:has|have) been stable|(?:has|have) (?:the|enough) (?:people|staff|budget|skills|know-how))(?![\\p{L}])',
    '(?<![\\p{L}])(?:sauber|startklar|bereit|fertig|in ordnung|vorhanden|eingeplant|gesichert|geklärt|alles da|alle da|(?:hat|haben) (?:genug|genügend|ausreichend))(?![\\p{L}])',
    '(?<![\\p{L}])(?:pronta|pronto|prontos|prontas|em ordem|funcionando|folga|sem problemas?|tudo certo|(?:está|estão) ativ[ao]s?|(?:tem|têm) (?:\\p{L}+ )?suficientes?)(?![\\p{L}])',
    '(?<![\\p{L}])(?:bien|(?:está|están) (?:lista|listo|listos|listas|activa|activo|activas|activos)|de sobra|en orden|sin problemas?|todo correcto|(?:tiene|tienen) (?:\\p{L}+ )?suficientes?)(?![\\p{L}])',
    // CJK has no spaces, so "OK" after a particle (体制はOK) is matched here, not by the Latin word above.
    '没问题|没有问题|准备好|就绪|一切正常|都正常|运行正常|都有|不缺|到位|充足',
    '問題なし|問題はな|問題がな|対応済み|準備済み|揃って|[はもが](?:ok|okay|大丈夫|十分)',
  ].join('|'),
  'iu',
);

const FINE_ALL = new RegExp(FINE.source, 'giu');

/** A negation inside a "fine" clause makes it a complaint again: "not ready", "nicht bereit". */
const NEGATION = new RegExp(
  "(?<![\\p{L}])(?:not|no|never|cannot|\\p{L}+n't|nicht|kein|keine|nie|não|nao|nem|nunca|ni)(?![\\p{L}])|不|没|未|无|非|ない|ず",
  'iu',
);

/** The [start, end) ranges of `text` that lie in set-aside clauses. */
export function dismissedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  const close = (end: number) => {
    const clause = text.slice(start, end).trim().toLowerCase();
    // The fine words themselves may hold a negation (没问题, 問題はない): look for one outside them.
    if (clause && (NEGATED_THING.test(clause) || (FINE.test(clause) && !NEGATION.test(clause.replace(FINE_ALL, ' ')))))
      ranges.push([start, end]);
  };
  for (const match of text.matchAll(BOUNDARY)) {
    const at = match.index ?? 0;
    close(at);
    start = at + match[0].length;
  }
  close(text.length);
  return ranges;
}
