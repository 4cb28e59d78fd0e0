/**
 * Store → the Games list's props: each saved game's name (the player's, or the scenario and the
 * quarter), where it stands, where it came from and when it was last played, the notice of what
 * just happened to the list, and a game's export. Where the list's numbers meet its words.
 */
import { MAX_GAMES, type GameEntry, type GameExport, type GamesNotice, type GameStore } from '../../state';
import {
  defaultGameName,
  formatNumber,
  gamesWords,
  interpolate,
  lastPlayedText,
  postureLevelName,
  quarterText,
  uiWords,
} from '../../text';
import type {
  GameExportView,
  GameRowView,
  GamesListProps,
  GamesNoticeView,
} from '../../ui/games/games-model';
import { fileSlug } from '../../ui/review/download';

/** A game's name as the list shows it. */
export function gameName(g: GameEntry, scenarioNames: ReadonlyMap<string, string>): string {
  if (g.name !== null) return g.name;
  const scenario = scenarioNames.get(g.scenarioId);
  return scenario === undefined
    ? gamesWords().unreadableName
    : defaultGameName(scenario, quarterText(g.quarter));
}

/** Where a game stands, in a line. */
export function gameStanding(g: GameEntry): string {
  const w = gamesWords();
  const quarter = quarterText(g.quarter);
  if (g.scenarioId === '') return w.unreadableDetails;
  if (g.outcome === null) return interpolate(w.inPlay, { quarter, posture: postureLevelName(g.posture) });
  return interpolate(w.ended[g.outcome], { quarter, score: formatNumber(g.score ?? 0) });
}

const namesOf = (s: GameStore): Map<string, string> => new Map(s.scenarioChoices.map((c) => [c.id, c.name]));

/** The notice of the list, in words; null when there is none. */
export function gamesNoticeView(
  notice: GamesNotice | null,
  names: ReadonlyMap<string, string>,
): GamesNoticeView | null {
  if (!notice) return null;
  const w = gamesWords().notice;
  switch (notice.kind) {
    case 'openedAsNew':
      return {
        text: interpolate(w.openedAsNew, { kept: gameName(notice.kept, names) }),
        undo: false,
        warning: false,
      };
    case 'deleted':
      return {
        text: interpolate(w.deleted, { name: gameName(notice.entry, names) }),
        undo: true,
        warning: false,
      };
    case 'oldestDropped':
      return {
        text: interpolate(w.oldestDropped, {
          max: MAX_GAMES,
          names: notice.dropped.map((g) => gameName(g, names)).join('”, “'),
        }),
        undo: false,
        warning: true,
      };
    case 'notSaved':
      return { text: w.notSaved, undo: false, warning: true };
  }
}

/** The list's notice as a screen other than the title shows it (no deletion happens there). */
export function otherScreenGamesNotice(s: GameStore): GamesNoticeView | null {
  return s.gamesNotice?.kind === 'deleted' ? null : gamesNoticeView(s.gamesNotice, namesOf(s));
}

/** The Games list's props. */
export function gamesListProps(s: GameStore): GamesListProps {
  const w = gamesWords();
  const names = namesOf(s);
  const rows = s.games.map((g, i): GameRowView => {
    const name = gameName(g, names);
    return {
      id: g.id,
      name,
      standing: gameStanding(g),
      origin: w.origin[g.origin],
      lastPlayed: lastPlayedText(g.lastPlayed),
      latest: i === 0 && s.hasSave ? w.latest : null,
      labels: {
        resume: interpolate(w.resumeLabel, { name }),
        rename: interpolate(w.renameLabel, { name }),
        copyCode: interpolate(w.copyCodeLabel, { name }),
        download: interpolate(w.downloadLabel, { name }),
        delete: interpolate(w.deleteLabel, { name }),
        codeField: interpolate(w.codeField, { name }),
      },
    };
  });
  return {
    rows,
    notice: gamesNoticeView(s.gamesNotice, names),
    words: {
      title: w.title,
      intro: w.intro,
      empty: w.empty,
      resume: w.resume,
      rename: w.rename,
      nameField: w.nameField,
      saveName: w.saveName,
      cancel: w.cancel,
      copyCode: w.copyCode,
      download: w.download,
      delete: w.delete,
      undo: w.undo,
      dismiss: w.dismiss,
      close: uiWords().common.close,
    },
  };
}

/** A game's export with the file name and status lines the list shows. */
export function gameExportView(s: GameStore, id: string, exported: GameExport | null): GameExportView | null {
  const g = s.games.find((x) => x.id === id);
  if (!g || !exported) return null;
  const w = gamesWords();
  const name = gameName(g, namesOf(s));
  return {
    ...exported,
    fileName: `leverage-${fileSlug(name)}.json`,
    copied: interpolate(w.codeCopied, { name }),
    selected: interpolate(w.codeSelected, { name }),
    noCode: interpolate(w.noCode, { name }),
  };
}
