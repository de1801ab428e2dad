import { styleText } from "node:util";

type Style = Parameters<typeof styleText>[0];

/** Colours for people; a no-op when colour is off (NO_COLOR, --no-color, not a terminal). */
export interface Painter {
  readonly enabled: boolean;
  paint(style: Style, text: string): string;
}

export function createPainter(enabled: boolean): Painter {
  return {
    enabled,
    // scanstat decides about colour itself (flags, NO_COLOR, the stream it writes to): no second guess.
    paint: (style, text) => (enabled && text !== "" ? styleText(style, text, { validateStream: false }) : text),
  };
}

export const noColors: Painter = createPainter(false);

/** https://no-color.org: any non-empty NO_COLOR turns colour off. */
export function colorEnabled(options: {
  isTTY: boolean;
  noColorFlag: boolean;
  env: Readonly<Record<string, string | undefined>>;
}): boolean {
  if (options.noColorFlag) return false;
  if ((options.env.NO_COLOR ?? "") !== "") return false;
  if (options.env.TERM === "dumb") return false;
  return options.isTTY;
}
