/**
 * The quarter report dialog: the lead headline with its "because" line, then the news items, each
 * with its category, headline, "because" line and source chips. Posture shifts and pressures
 * crossed are highlighted with an icon and a word, not colour alone. Texts come already written.
 */
import { announceSoon, button, el } from '../dom';
import { icon } from '../icons';
import { createModal, type Modal } from '../modal';
import { sourceChips, type SourceLookup } from '../source-chip';
import { interpolate, uiWords } from '../../text';

/** One news item, written. */
export interface ReportItemView {
  readonly category: string;
  readonly headline: string;
  readonly because: string;
  readonly sources: readonly string[];
  /** 'turning' for a posture shift or a pressure crossed; 'warning' for a severe event. */
  readonly tone: 'turning' | 'warning' | 'plain';
}

/** The whole report, written. */
export interface ReportViewProps {
  readonly quarter: string;
  readonly lead: ReportItemView;
  readonly items: readonly ReportItemView[];
  /** A short line on the figures that matter (optional). */
  readonly summary: string;
}

function item(v: ReportItemView, lookup: SourceLookup): HTMLLIElement {
  const marker = v.tone === 'turning' ? icon('marker') : v.tone === 'warning' ? icon('warning') : null;
  return el('li', { className: `news news--${v.tone}` }, [
    el('p', { className: 'news__cat' }, [
      marker,
      v.tone === 'turning'
        ? interpolate(uiWords().report.categoryTurning, { category: v.category })
        : v.category,
    ]),
    el('h3', { className: 'news__headline', text: v.headline }),
    el('p', { className: 'news__because' }, [v.because, ' ', sourceChips(v.sources, lookup)]),
  ]);
}

/** Builds the report dialog; Continue is its only way out (Escape does nothing; Enter continues). */
export function createReportView(
  p: ReportViewProps,
  lookup: SourceLookup,
  onContinue: () => void,
): Modal & { readonly announce: () => void } {
  const words = uiWords().report;
  const cont = button(words.continue, onContinue, 'primary', 'btn--large');
  // A screen reader says the dialog's name as focus enters (the eyebrow, "Quarter report · Q2
  // 2025"), then the heading that takes focus (the headline), then this polite live region, filled
  // once the dialog is open: how many items follow. The headline is thus said once.
  const status = el('p', { className: 'visually-hidden', attrs: { role: 'status', 'aria-live': 'polite' } });
  const modal = createModal({
    title: p.lead.headline,
    eyebrow: interpolate(p.lead.tone === 'turning' ? words.eyebrowTurning : words.eyebrow, {
      quarter: p.quarter,
      category: p.lead.category,
    }),
    className: 'modal--wide modal--report',
    namedByEyebrow: true,
    body: [
      el('p', { className: 'report__lead' }, [p.lead.because, ' ', sourceChips(p.lead.sources, lookup)]),
      p.summary ? el('p', { className: 'report__summary muted num', text: p.summary }) : el('span'),
      el(
        'ul',
        { className: 'report__items', attrs: { 'aria-label': words.otherItems } },
        p.items.map((v) => item(v, lookup)),
      ),
    ],
    footer: [status, el('p', { className: 'muted report__hint', text: words.enterHint }), cont],
  });
  modal.dialog.addEventListener('keydown', (e) => {
    const onControl = e.target instanceof HTMLButtonElement || e.target instanceof HTMLInputElement;
    if (e.key === 'Enter' && !onControl) {
      e.preventDefault();
      onContinue();
    }
  });
  const announce = (): void => {
    announceSoon(status, interpolate(words.announce, { quarter: p.quarter, count: String(p.items.length) }));
  };
  return { ...modal, announce };
}
