/**
 * The after-action review in the UI's own terms: one entry per quarter played, already in words
 * (the scene maps the store's review timeline into this with the text layer), the scenario's
 * discussion prompts and learning goals.
 */

/** One figure at the end of a quarter. */
export interface ReviewFigure {
  readonly label: string;
  readonly value: string;
  /** E.g. "−0.41 trn ₽ · worse", or "" for the first quarter. */
  readonly change: string;
  /** The figure's values over every quarter played, for a sparkline that marks this quarter. */
  readonly series: readonly number[];
}

/** One line of what happened; `detail` is the why (a posture change's explanation, an override's reason). */
export interface ReviewItem {
  readonly text: string;
  readonly detail: string | null;
}

/** A group of what happened ("Kremlin decisions"), shown only when it has items. */
export interface ReviewSection {
  readonly title: string;
  readonly items: readonly ReviewItem[];
}

/** One quarter of the review. */
export interface ReviewQuarter {
  /** "Q3 2025". */
  readonly quarter: string;
  /** The quarter report's lead, always present (a quiet quarter says so). */
  readonly headline: string;
  readonly posture: {
    readonly levels: readonly { readonly level: number; readonly name: string; readonly current: boolean }[];
    /** "Moved up this quarter", "Unchanged" … */
    readonly note: string;
  };
  /** 0–100. */
  readonly cohesion: number;
  readonly figures: readonly ReviewFigure[];
  readonly sections: readonly ReviewSection[];
}

/** Everything the review tabs show. */
export interface ReviewProps {
  readonly quarters: readonly ReviewQuarter[];
  readonly prompts: readonly string[];
  readonly learningGoals: readonly string[];
  /** Facts of this game the prompts ask about (when the posture first moved, what cohesion was spent). */
  readonly facts: readonly string[];
}
