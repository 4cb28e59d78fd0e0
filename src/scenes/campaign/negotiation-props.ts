/**
 * Store → negotiation dialog props: the dialog's words around Putin's posture and what it
 * tolerates, and the Kremlin's answer with its reasons. Pure functions of the store; the words come
 * from the text layer.
 */
import type { NegotiationAnswer } from '../../engine';
import type { GameStore } from '../../state';
import { selectNegotiationTerms, selectPostureTrack, selectQuarterLabel, selectScenario } from '../../state';
import {
  describeNegotiationReason,
  MISSING,
  negotiationResponseLabel,
  quarterText,
  screenText,
} from '../../text';
import type { AnswerProps } from '../../ui/negotiation/answer-view';

/** The dialog's words: its title and eyebrow, Putin's posture and what he tolerates, the buttons. */
export interface NegotiationText {
  readonly title: string;
  readonly eyebrow: string;
  /** "Putin’s posture: Probing (level 1 of 3)." */
  readonly posture: string;
  /** The level's summary, how many concession points he gives up at most, and how a settlement scores. */
  readonly tolerance: string;
  readonly back: string;
  readonly send: string;
}

/** The negotiation dialog's words for the game on screen. */
export function negotiationText(s: GameStore): NegotiationText {
  const track = selectPostureTrack(s);
  const level = track.levels.find((l) => l.current);
  const tolerance = selectScenario(s).params.negotiation.toleranceByPosture[track.current] ?? 0;
  return {
    title: screenText('negotiation.title'),
    eyebrow: screenText('negotiation.eyebrow', { quarter: quarterText(selectQuarterLabel(s)) }),
    posture: screenText('negotiation.posture', {
      name: level?.name ?? '',
      level: track.current,
      top: track.levels.length - 1,
    }),
    tolerance: screenText('negotiation.tolerance', { summary: level?.summary ?? '', tolerance }),
    back: screenText('negotiation.back'),
    send: screenText('negotiation.send'),
  };
}

/** The Kremlin's answer as the answer view shows it: the response, its reasons, a counter-offer's terms. */
export function answerProps(s: GameStore, a: NegotiationAnswer): AnswerProps {
  const terms = selectNegotiationTerms(s);
  return {
    response: a.response,
    label: negotiationResponseLabel(a.response),
    reasons: a.reasons.map((r) => describeNegotiationReason(r)),
    counterTerms: a.counter
      ? terms.map((t) =>
          screenText('negotiation.counterTerm', {
            term: t.name,
            option: t.options.find((o) => o.id === a.counter?.[t.id])?.label ?? MISSING,
          }),
        )
      : [],
  };
}
