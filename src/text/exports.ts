/**
 * The header of the CSV export in the active language. In English the header is the columns' ids
 * (quarter, aid, tanksActive …), the documented contract scripts read; in Ukrainian a class opening
 * the file in a spreadsheet reads each column's name and unit in Ukrainian instead.
 */
import type { IndicatorName } from '../engine';
import { currentCatalogue } from './catalogue';
import { chartUnit } from './indicators';
import { activeLanguage, textsInActiveLanguage } from './language';

/** The header for `columns` (the CSV's column ids, in order) in the active language. */
export function csvHeader(columns: readonly string[]): string[] {
  if (activeLanguage() === 'en') return [...columns];
  const catalogue = currentCatalogue();
  const own = textsInActiveLanguage<Readonly<Record<string, string>>>('exports', {});
  return columns.map((column) => {
    if (column !== '$comment' && Object.hasOwn(own, column)) return own[column]!;
    if (Object.hasOwn(catalogue.indicators, column)) {
      const name = column as IndicatorName;
      const unit = chartUnit(name, catalogue);
      return unit ? `${catalogue.indicators[name].label} (${unit})` : catalogue.indicators[name].label;
    }
    return column;
  });
}
