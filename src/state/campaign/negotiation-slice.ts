/**
 * Negotiation: the terms on the table and the Kremlin's answer. The engine judges a proposal
 * against Putin's posture (evaluateProposal) and ends the game when a deal is struck
 * (concludeSettlement). A deal needs an answer that is not a rejection: 'accept' settles on the
 * proposal, 'counter' on the Kremlin's counter-offer.
 */
import { castDraft } from 'immer';
import {
  completeProposal,
  concludeSettlement,
  evaluateProposal,
  kremlinSettlesOn,
  type NegotiationAnswer,
  type Proposal,
} from '../../engine';
import type { GameStore } from '../store/contract';
import { savePart } from '../store/save-part';
import type { SliceCreator } from '../store/store-deps';

/** The negotiation's field: the terms on the table and the Kremlin's answer, or null when none is open. */
export interface NegotiationData {
  readonly negotiation: { readonly proposal: Proposal; readonly answer: NegotiationAnswer | null } | null;
}

/** What the negotiation lets screens ask. */
export interface NegotiationActions {
  readonly openNegotiation: () => void;
  readonly setTerm: (termId: string, optionId: string) => void;
  /** Asks the Kremlin; the answer lands in negotiation.answer. */
  readonly propose: () => void;
  /** Accepts the Kremlin's counter-offer (or an accepted proposal) and ends the game in a settlement. */
  readonly settle: () => void;
  readonly closeNegotiation: () => void;
}

/** The negotiation's fields and actions. */
export type NegotiationSlice = NegotiationData & NegotiationActions;

/** What a save holds of the negotiation: the terms on the table, when one was open (the answer is asked again). */
export interface NegotiationSaved {
  readonly negotiationProposal?: Proposal;
}

/** The negotiation's part of a save. */
export const NEGOTIATION_SAVE_PART = savePart(['negotiation'], (s): NegotiationSaved =>
  s.negotiation ? { negotiationProposal: s.negotiation.proposal } : {},
);

/** True while there is a game that has not ended: the only time there is anything to negotiate. */
function inPlay(s: GameStore): boolean {
  return s.game !== null && s.game.outcome === null;
}

/** The negotiation's fields when no game is loaded: no terms on the table. */
export function noNegotiationFields(): NegotiationData {
  return { negotiation: null };
}

/** Creates the negotiation slice. */
export function createNegotiationSlice(): SliceCreator<NegotiationSlice> {
  return (set, get) => ({
    ...noNegotiationFields(),

    openNegotiation: () => {
      const s = get();
      if (!inPlay(s)) return;
      // Terms left on the table last time come back; a first opening starts from Russia's demands.
      const proposal = s.negotiation?.proposal ?? completeProposal({}, s.scenario.params);
      set((d) => {
        d.negotiation = { proposal, answer: null };
        d.screen = 'negotiation';
      });
    },
    setTerm: (termId, optionId) => {
      const s = get();
      const term = s.scenario.params.negotiation.terms.find((t) => t.id === termId);
      if (!s.negotiation || !inPlay(s) || !term?.options.some((o) => o.id === optionId)) return;
      if (s.negotiation.proposal[termId] === optionId) return;
      set((d) => {
        if (!d.negotiation) return;
        d.negotiation.proposal = { ...d.negotiation.proposal, [termId]: optionId };
        d.negotiation.answer = null;
      });
    },
    propose: () => {
      const s = get();
      if (!s.negotiation || !s.game || !inPlay(s)) return;
      const answer = evaluateProposal(s.game, s.negotiation.proposal, s.scenario.params);
      set((d) => {
        if (d.negotiation) d.negotiation.answer = castDraft(answer);
      });
    },
    settle: () => {
      const s = get();
      const answer = s.negotiation?.answer;
      if (!s.negotiation || !answer || !s.game || !inPlay(s)) return;
      const terms =
        answer.response === 'counter'
          ? answer.counter
          : answer.response === 'accept'
            ? s.negotiation.proposal
            : null;
      // The answer was given on the state of its time: the deal holds only if the Kremlin still signs it.
      if (!terms || !kremlinSettlesOn(s.game, terms, s.scenario.params)) return;
      // In a room the settlement is the team's entry in the room's log; the game follows the room.
      if (s.room?.role === 'team') {
        s.roomSettle(terms);
        return;
      }
      const game = concludeSettlement(s.game, terms, s.scenario.params);
      set((d) => {
        d.game = castDraft(game);
        d.projection = null;
        d.screen = 'debrief';
      });
    },
    closeNegotiation: () => {
      const s = get();
      if (s.screen !== 'negotiation') return;
      set((d) => {
        d.screen = inPlay(s) ? 'campaign' : 'debrief';
        if (d.negotiation) d.negotiation.answer = null;
      });
    },
  });
}
