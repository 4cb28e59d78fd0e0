/**
 * Store → quarter report props: the lead event and the news items in words, and the line of key
 * figures at the end of the quarter. Pure functions of the store; the words come from the text layer.
 */
import type { ReportEvent } from '../../engine';
import type { GameStore } from '../../state';
import { currentCatalogue, describeEvent, formatIndicator, quarterText, screenText } from '../../text';
import { isTurningPoint, pickReportItems } from '../../ui/report/report-order';
import type { ReportItemView, ReportViewProps } from '../../ui/report/report-view';

/** One report event as a news item. */
export function reportItem(e: ReportEvent): ReportItemView {
  const text = describeEvent(e);
  return {
    category: currentCatalogue().categories[e.category] ?? e.category,
    headline: text.headline,
    because: text.because,
    sources: e.sources,
    tone: isTurningPoint(e) ? 'turning' : e.severity === 'info' ? 'plain' : 'warning',
  };
}

/** The report of the quarter just played (the last one, when the dialog is opened again). */
export function reportProps(s: GameStore): ReportViewProps {
  const report = s.lastReport ?? s.history.at(-1);
  const { lead, items } = pickReportItems(report?.events ?? []);
  const i = report?.indicators;
  const quiet: ReportItemView = {
    category: '',
    headline: screenText('report.quietHeadline'),
    because: screenText('report.quietBecause'),
    sources: [],
    tone: 'plain',
  };
  return {
    quarter: quarterText(report?.quarter ?? ''),
    lead: lead ? reportItem(lead) : quiet,
    items: items.map(reportItem),
    summary: i
      ? screenText('report.summary', {
          occupied: formatIndicator('occupiedKm2', i.occupiedKm2),
          reserves: formatIndicator('nwfLiquidTrnRub', i.nwfLiquidTrnRub),
          cohesion: formatIndicator('westernCohesion', i.westernCohesion),
        })
      : '',
  };
}
