/**
 * The left column: Western cohesion (what the levers spend) above the policy levers (aid and
 * sanctions), and the two actions, "Propose settlement" and "End quarter" (primary), pinned at the
 * bottom so they never scroll away.
 */
import { button, el } from '../dom';
import { attachScrollCue } from '../scroll-cue';
import { createAidSlider, type AidProps } from './aid-slider';
import { createCohesionMeter, type CohesionProps } from './cohesion-meter';
import { createSanctionsControl, type SanctionsOption } from './sanctions-control';
import { uiWords } from '../../text';

/** Everything the policy column shows. */
export interface PolicyProps {
  readonly aid: AidProps;
  readonly sanctions: readonly SanctionsOption[];
  readonly sanctionsLevel: number;
  readonly cohesion: CohesionProps;
  /** False once the game is over, while the facilitator has paused it, and while the Kremlin player decides. */
  readonly canAct: boolean;
  /** False as well while a workshop room has not opened the quarter being decided (locked pace). */
  readonly canEnd: boolean;
}

/** Where the policy column sends input. */
export interface PolicyCallbacks {
  readonly onAid: (aid: number) => void;
  readonly onSanctions: (level: number) => void;
  readonly onPropose: () => void;
  readonly onEndQuarter: () => void;
}

/** The built column and its update. */
export interface PolicyPanel {
  readonly root: HTMLElement;
  readonly endQuarter: HTMLButtonElement;
  update(p: PolicyProps): void;
}

/** Builds the policy column. */
export function createPolicyPanel(props: PolicyProps, cb: PolicyCallbacks): PolicyPanel {
  const aid = createAidSlider(props.aid, cb.onAid);
  const sanctions = createSanctionsControl(props.sanctions, props.sanctionsLevel, cb.onSanctions);
  const cohesion = createCohesionMeter(props.cohesion);
  const propose = button(uiWords().campaign.proposeSettlement, cb.onPropose);
  const end = button(uiWords().campaign.endQuarter, cb.onEndQuarter, 'primary');
  const scroll = el('div', { className: 'policy__scroll' }, [
    el('h2', {
      className: 'visually-hidden',
      text: uiWords().campaign.policyHeading,
      attrs: { id: 'policy-h' },
    }),
    cohesion.root,
    aid.root,
    sanctions.root,
  ]);
  // The column scrolls on small screens: a fade at its foot says the sanctions list goes on.
  attachScrollCue(scroll);
  const root = el('section', { className: 'policy panel', attrs: { 'aria-labelledby': 'policy-h' } }, [
    scroll,
    el('div', { className: 'policy__foot' }, [el('div', { className: 'policy__actions' }, [propose, end])]),
  ]);
  const update = (p: PolicyProps): void => {
    aid.update(p.aid);
    sanctions.update(p.sanctionsLevel);
    cohesion.update(p.cohesion);
    propose.disabled = !p.canAct;
    end.disabled = !p.canEnd;
    for (const input of scroll.querySelectorAll<HTMLInputElement>('input')) input.disabled = !p.canAct;
  };
  update(props);
  return { root, endQuarter: end, update };
}
