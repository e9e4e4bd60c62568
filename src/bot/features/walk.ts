import { LocaleText } from '../../locales';
import { Walk, WalkEngine, back, rewindTo } from '../../triage/walk';
import { Feature, Shown, ViewContext } from '../routes';
import { outcome } from '../../triage/outcome';
import { button, fromSourceData, toWalkData } from '../verbs';
import { L2Views } from '../views/l2Views';
import { NoticeViews } from '../views/noticeViews';
import { WalkViews } from '../views/walkViews';

/** The guided walk: the workload, each answer, going back, changing an answer, the result. */
export function walkFeature(deps: {
  engine: WalkEngine;
  walkViews: WalkViews;
  l2Views: L2Views;
  noticeViews: NoticeViews;
}): Feature {
  const { engine, walkViews, l2Views, noticeViews } = deps;
  /** The card for where a walk stands: its next question, or its result. */
  const step = (walk: Walk, context: ViewContext): Shown => {
    const next = engine.nextStep(walk);
    const card =
      next.kind === 'question'
        ? walkViews.question(context.t, walk, next, context)
        : walkViews.result(context.t, walk, { phase: 'assignment', ...context });
    return { card, walk };
  };
  const stale = (t: LocaleText): Shown => ({ card: noticeViews.stale(t) });
  return {
    verbs: {
      start: {
        shared: true,
        view: (d, { t }) => ({
          card: walkViews.workload(t, { prior: d.p, customer: d.c, description: d.d, source: fromSourceData(d.o) }),
        }),
      },
      workload: {
        shared: true,
        view: (d, context) =>
          step(
            {
              workload: d.wl,
              answers: [],
              prior: d.p,
              customer: d.c,
              description: d.d,
              source: fromSourceData(d.o),
            },
            context,
          ),
      },
      answer: {
        shared: true,
        view: (d, context) => {
          const next = engine.answer(d.walk, d.q, d.ans);
          return next ? step(next, context) : stale(context.t);
        },
      },
      back: {
        shared: true,
        view: ({ walk }, context) =>
          walk.answers.length === 0 ? { card: walkViews.workload(context.t, walk) } : step(back(walk), context),
      },
      resume: { shared: true, view: ({ walk }, context) => step(walk, context) },
      change: {
        shared: true,
        view: (d, context) => {
          const rewound = rewindTo(d.walk, d.q);
          return rewound ? step(rewound, context) : stale(context.t);
        },
      },
      choose: { shared: true, view: ({ walk }, { t }) => ({ card: walkViews.choose(t, walk), walk }) },
      pick: {
        shared: true,
        view: (d, context) => ({
          card: walkViews.result(context.t, d.walk, { ...context, phase: d.ph ?? 'assignment', chosenL2: d.l2 }),
          walk: d.walk,
        }),
      },
      // The result's L2 page, whose first button leads back to the same result.
      page: {
        shared: true,
        view: (d, { t }) => ({
          card: l2Views.explain(
            t,
            outcome(engine, d.walk, d.l2).l2,
            button('result', { w: toWalkData(d.walk), ph: d.ph, ...(d.l2 ? { l2: d.l2 } : {}) }),
          ),
          walk: d.walk,
        }),
      },
      result: {
        shared: true,
        view: (d, context) => ({
          card: walkViews.result(context.t, d.walk, { ...context, phase: d.ph, chosenL2: d.l2 }),
          walk: d.walk,
        }),
      },
    },
  };
}
