import { L2Id } from '../playbook/ids';
import { LocaleText } from '../locales';
import { Walk, answer, back, nextStep, rewindTo } from '../triage/walk';
import { CardAction, parseAction } from './actions';
import { CardJson } from './cards';
import { Views } from './views';

/**
 * What each button does: the card that answers a click, from the click's own data. Pure apart from
 * rendering, so the invoke path, the Action.Submit path and tests all share it.
 */
export class Flow {
  constructor(private readonly views: Views) {}

  /** The card answering a click with `verb` and `data`; bad or stale data gets the out-of-date card. */
  handle(t: LocaleText, verb: unknown, data: unknown): CardJson {
    const parsed = parseAction(verb, data);
    if (!parsed.ok) return this.views.stale(t);
    return this.run(t, parsed.action, parsed.walk);
  }

  private run(t: LocaleText, action: CardAction, walk: Walk | undefined): CardJson {
    switch (action.verb) {
      case 'start':
        return this.views.workload(t, action.f);
      case 'help':
        return this.views.help(t);
      case 'list':
        return this.views.list(t);
      case 'explain':
        return this.views.explain(t, action.l2);
      case 'workload':
        return this.step(t, { workload: action.wl, answers: [], focus: action.f });
      case 'answer': {
        const next = answer(walk!, action.q, action.ans);
        return next ? this.step(t, next) : this.views.stale(t);
      }
      case 'back':
        return walk!.answers.length === 0 ? this.views.workload(t, walk!.focus) : this.step(t, back(walk!));
      case 'resume':
        return this.step(t, walk!);
      case 'change': {
        const rewound = rewindTo(walk!, action.q);
        return rewound ? this.step(t, rewound) : this.views.stale(t);
      }
      case 'choose':
        return this.views.choose(t, walk!);
      case 'pick':
        return this.views.result(t, walk!, 'assignment', action.l2);
      case 'result':
        return this.views.result(t, walk!, action.ph, action.l2 as L2Id | undefined);
    }
  }

  /** The card for where a walk stands: its next question, or its result. */
  step(t: LocaleText, walk: Walk): CardJson {
    const step = nextStep(walk);
    return step.kind === 'question' ? this.views.question(t, walk, step) : this.views.result(t, walk, 'assignment');
  }
}
