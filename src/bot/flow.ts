import { LRUCache } from 'lru-cache';
import { LocaleText } from '../locales';
import { Walk, answer, back, nextStep, rewindTo } from '../triage/walk';
import { CardAction } from './actions';
import { CardJson } from './cards';
import { Views } from './views';

/** What a card shows beyond its data: who answered in a shared card, who settled it. */
export interface RenderContext {
  /** Id for a walk that starts with this click (stable for the card, see TriageBot.walkId). */
  readonly walkId?: string;
  readonly answeredBy?: Readonly<Record<string, string>>;
  readonly settledBy?: string;
}

export type WalkAction = Exclude<
  CardAction,
  { verb: 'ask-clear-summary' | 'clear-summary' | 'keep-summary' | 'language' }
>;

/** Rendered cards kept per language: the walk's states repeat across users, so most clicks are a lookup. */
const CACHED_CARDS_PER_LANGUAGE = 500;

/**
 * What each walk button does: the card that answers a click, computed from the click's own data
 * alone, so the invoke path, the Action.Submit path, shared cards and tests all share it. The card
 * is a pure function of the language, the click's data and the render context, so it is cached.
 */
export class Flow {
  private readonly cache = new Map<LocaleText, LRUCache<string, CardJson>>();

  constructor(private readonly views: Views) {}

  /** The card for a click. Treat it as read-only: it may be the cached copy another turn also gets. */
  card(t: LocaleText, action: WalkAction, walk: Walk | undefined, context: RenderContext = {}): CardJson {
    let cards = this.cache.get(t);
    if (!cards) this.cache.set(t, (cards = new LRUCache({ max: CACHED_CARDS_PER_LANGUAGE })));
    // The walk id only reaches the card when a walk starts; elsewhere it would make every key unique.
    const key = JSON.stringify([
      action,
      action.verb === 'workload' ? context.walkId : undefined,
      context.answeredBy,
      context.settledBy,
    ]);
    let card = cards.get(key);
    if (!card) cards.set(key, (card = this.render(t, action, walk, context)));
    return card;
  }

  private render(t: LocaleText, action: WalkAction, walk: Walk | undefined, context: RenderContext): CardJson {
    switch (action.verb) {
      case 'start':
        return this.views.workload(t, { focus: action.f, customer: action.c, description: action.d });
      case 'help':
        return this.views.help(t);
      case 'list':
        return this.views.list(t);
      case 'explain':
        return this.views.explain(t, action.l2);
      case 'workload': {
        const ref = context.walkId ? { id: context.walkId, customer: action.c } : undefined;
        return this.step(t, { workload: action.wl, answers: [], focus: action.f, ref, description: action.d }, context);
      }
      case 'answer': {
        const next = answer(walk!, action.q, action.ans);
        return next ? this.step(t, next, context) : this.views.stale(t);
      }
      case 'back':
        return walk!.answers.length === 0
          ? this.views.workload(t, {
              focus: walk!.focus,
              customer: walk!.ref?.customer,
              description: walk!.description,
            })
          : this.step(t, back(walk!), context);
      case 'resume':
        return this.step(t, walk!, context);
      case 'change': {
        const rewound = rewindTo(walk!, action.q);
        return rewound ? this.step(t, rewound, context) : this.views.stale(t);
      }
      case 'choose':
        return this.views.choose(t, walk!);
      case 'pick':
        return this.views.result(t, walk!, { phase: 'assignment', chosenL2: action.l2, ...context });
      case 'result':
        return this.views.result(t, walk!, { phase: action.ph, chosenL2: action.l2, ...context });
      case 'settle':
        return this.views.result(t, walk!, { phase: action.ph, chosenL2: action.l2, ...context });
    }
  }

  /** The card for where a walk stands: its next question, or its result. */
  private step(t: LocaleText, walk: Walk, context: RenderContext): CardJson {
    const step = nextStep(walk);
    return step.kind === 'question'
      ? this.views.question(t, walk, step, context)
      : this.views.result(t, walk, { phase: 'assignment', ...context });
  }
}
