import { LRUCache } from 'lru-cache';
import { Profiles } from '../state/profiles';
import { SharedCards } from '../state/sharedCards';
import { BotStore } from '../state/storage';
import { ReviewSummaries } from '../state/summary';
import { Classifier } from '../triage/classifier';
import { ANSWER_LIKELIHOODS } from '../triage/answerLikelihoods';
import { WalkEngine } from '../triage/walk';
import { commandsFeature } from './features/commands';
import { extensionsFeature } from './features/extensions';
import { languageFeature } from './features/language';
import { UploadFile, reviewFeature } from './features/review';
import { walkFeature } from './features/walk';
import { Logger } from './logger';
import { TurnPipeline } from './pipeline';
import { Router } from './router';
import { ContinueConversation, TeamsBot } from './teams/teamsBot';
import { CardTemplates } from './views/cards';
import { ExtensionViews } from './views/extensionViews';
import { L2Views } from './views/l2Views';
import { NoticeViews } from './views/noticeViews';
import { ReviewViews } from './views/reviewViews';
import { SuggestionViews } from './views/suggestionViews';
import { WalkViews } from './views/walkViews';

/** Cards drawn for clicks, kept for the next click on the same button: walk states repeat across users. */
const CACHED_CARDS = 3000;

/** What the bot is made of; the server and the tests each bring their own. */
export interface BotParts {
  readonly store: BotStore;
  readonly classifier: Pick<Classifier, 'classify'>;
  readonly templates: CardTemplates;
  readonly logger: Logger;
  /** Tenants allowed to use the bot; empty allows all. */
  readonly allowedTenants: readonly string[];
  /** Takes work that goes on after a turn has answered, so that shutdown can wait for it. */
  readonly background: (task: Promise<unknown>) => void;
  /** The adapter's way to act in a conversation outside a turn (the shared card's update for everyone). */
  readonly continueConversation: ContinueConversation;
  /** Uploads a file the user allowed to the URL Teams gave (the review summary's CSV). */
  readonly uploadFile: UploadFile;
}

/**
 * The bot, assembled in this one place from its parts: the views over the templates, the walk
 * engine and the caches, the state over the store, each feature's routes, the router and the
 * turn-wide step. Nothing here is held at module level.
 */
export function assembleBot(parts: BotParts): TeamsBot {
  const { templates, store, logger } = parts;
  const engine = new WalkEngine(ANSWER_LIKELIHOODS);
  const walkViews = new WalkViews(templates, engine, parts.classifier);
  const l2Views = new L2Views(templates);
  const noticeViews = new NoticeViews(templates);
  const suggestionViews = new SuggestionViews(templates);
  const reviewViews = new ReviewViews(templates);
  const profiles = new Profiles(store.storage);
  const summaries = new ReviewSummaries(store.documents);
  const router = new Router({
    features: [
      commandsFeature({ classifier: parts.classifier, walkViews, l2Views, noticeViews, suggestionViews }),
      walkFeature({ engine, walkViews, l2Views, noticeViews }),
      reviewFeature({ engine, summaries, walkViews, reviewViews, noticeViews, uploadFile: parts.uploadFile }),
      languageFeature({ profiles, noticeViews }),
      extensionsFeature({
        classifier: parts.classifier,
        suggestionViews,
        extensionViews: new ExtensionViews(templates, l2Views),
      }),
    ],
    logger,
    engine,
    sharedCards: new SharedCards(store.documents),
    noticeViews,
    cardCache: new LRUCache({ max: CACHED_CARDS }),
  });
  const pipeline = new TurnPipeline({ profiles, logger, allowedTenants: parts.allowedTenants });
  const { background, continueConversation } = parts;
  return new TeamsBot({ pipeline, router, profiles, noticeViews, logger, background, continueConversation });
}
