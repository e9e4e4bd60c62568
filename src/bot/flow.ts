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

export type WalkAction = Exclude<CardAction, { verb: 'ask-clear-summary' | 'clear-summary' | 'keep-summary' | 'language' }>;

/**
 * What each walk button does: the card that answers a click, computed from the click's own data
 * alone, so the invoke path, the Action.Submit path, shared cards and tests all share it.
 */
export class Flow {
  constructor(private readonly views: Views) {}

  card(t: LocaleText, action: WalkAction, walk: Walk | undefined, context: RenderContext = {}): CardJson {
    switch (action.verb) {
      case 'start':
        return this.views.workload(t, action.f, action.c);
      case 'help':
        return this.views.help(t);
      case 'list':
        return this.views.list(t);
      case 'explain':
        return this.views.explain(t, action.l2);
      case 'workload': {
        const ref = context.walkId ? { id: context.walkId, customer: action.c } : undefined;
        return this.step(t, { workload: action.wl, answers: [], focus: action.f, ref }, context);
      }
      case 'answer': {
        const next = answer(walk!, action.q, action.ans);
        return next ? this.step(t, next, context) : this.views.stale(t);
      }
      case 'back':
        return walk!.answers.length === 0 ? this.views.workload(t, walk!.focus, walk!.ref?.customer) : this.step(t, back(walk!), context);
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
