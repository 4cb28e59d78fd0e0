/**
 * What the Games list shows and where it sends the player's choices: built by the title screen's
 * props (scenes/shared/games-props.ts) from the store, so the widgets hold no words of their own
 * beyond what the props give them.
 */

/** One game as its row shows it. */
export interface GameRowView {
  readonly id: string;
  readonly name: string;
  /** Where it stands: the quarter being decided and the posture, or how it ended. */
  readonly standing: string;
  /** Where it came from and when it was last played. */
  readonly origin: string;
  readonly lastPlayed: string;
  /** Marks the game Continue plays, or null. */
  readonly latest: string | null;
  /** Accessible names of the row's buttons, each naming the game. */
  readonly labels: {
    readonly resume: string;
    readonly rename: string;
    readonly copyCode: string;
    readonly download: string;
    readonly delete: string;
    readonly codeField: string;
  };
}

/** What just happened to the list, in words, and whether Undo is offered. */
export interface GamesNoticeView {
  readonly text: string;
  readonly undo: boolean;
  /** True for a warning (a game not saved, games dropped), false for news. */
  readonly warning: boolean;
}

/** The fixed words of the dialog. */
export interface GamesWordsView {
  readonly title: string;
  readonly intro: string;
  readonly empty: string;
  readonly resume: string;
  readonly rename: string;
  readonly nameField: string;
  readonly saveName: string;
  readonly cancel: string;
  readonly copyCode: string;
  readonly download: string;
  readonly delete: string;
  readonly undo: string;
  readonly dismiss: string;
  readonly close: string;
}

/** Everything the Games list shows. */
export interface GamesListProps {
  readonly rows: readonly GameRowView[];
  readonly notice: GamesNoticeView | null;
  readonly words: GamesWordsView;
}

/** A game's export as the list offers it: its code (null when it has none) and its save file. */
export interface GameExportView {
  readonly code: string | null;
  readonly fileText: string;
  readonly fileName: string;
  /** What the status line says after a copy, or when there is no code. */
  readonly copied: string;
  readonly selected: string;
  readonly noCode: string;
}

/** Where the Games list sends the player's choices. */
export interface GamesCallbacks {
  readonly onResumeGame: (id: string) => void;
  readonly onRenameGame: (id: string, name: string) => void;
  readonly onDeleteGame: (id: string) => void;
  readonly onUndoDelete: () => void;
  readonly onDismissGamesNotice: () => void;
  /** The game's code and file, or null when it cannot be read. */
  readonly onExportGame: (id: string) => GameExportView | null;
}
