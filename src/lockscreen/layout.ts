/**
 * Lays the lock-screen card out in lines that fit: text is wrapped by an
 * estimate of each character's width that errs on the wide side (Noto Sans
 * advance widths rounded up, bold wider still), so a long Kazakh or Russian
 * line never runs off the image; a test checks the rendered ink stays inside.
 * Pure: blocks of text in, positioned lines out.
 */

/** Wide letters (Latin and Cyrillic, both cases), in em. */
const WIDE = new Set([..."mwMWшщжюыфмШЩЖЮЫФМДЦҚҢӨҰЮЯ@%"]);
/** Narrow marks and letters, in em. */
const NARROW = new Set([..." .,;:!'|ilIjіІ()[]\"«»-–—·/"]);

/** A generous estimate of a grapheme's advance width, in em. */
export function charWidth(grapheme: string, bold: boolean): number {
  let width: number;
  if (WIDE.has(grapheme)) width = 0.98;
  else if (NARROW.has(grapheme)) width = 0.38;
  else if (/^\p{Lu}$/u.test(grapheme)) width = 0.8;
  else if (/^\p{Nd}$/u.test(grapheme)) width = 0.6;
  else if (/^\p{L}\p{M}*$/u.test(grapheme)) width = 0.62;
  else width = 1; // symbols, anything unexpected
  return bold ? width * 1.1 : width;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
const graphemes = (text: string) => [...segmenter.segment(text)].map((part) => part.segment);

export function textWidth(text: string, fontSize: number, bold: boolean): number {
  return graphemes(text).reduce((sum, grapheme) => sum + charWidth(grapheme, bold), 0) * fontSize;
}

/** Words on lines no wider than `width`; a word too long for a line is cut on whole characters. */
export function wrap(text: string, width: number, fontSize: number, bold: boolean): string[] {
  const lines: string[] = [];
  let line = "";
  const fits = (candidate: string) => textWidth(candidate, fontSize, bold) <= width;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    // The word starts a new line; one longer than a whole line (a long number or address) is cut.
    let piece = "";
    for (const grapheme of graphemes(word)) {
      if (piece && !fits(piece + grapheme)) {
        lines.push(piece);
        piece = "";
      }
      piece += grapheme;
    }
    line = piece;
  }
  if (line) lines.push(line);
  return lines;
}

/** A paragraph of the card: its size relative to the body text, weight and colour. */
export interface Block {
  text: string;
  /** 1 = body text. */
  scale: number;
  bold: boolean;
  color: string;
  /** Extra space above, in body line heights. */
  spaceBefore: number;
  /** Blocks that may be left out when space runs out, the highest group first. */
  optionalGroup?: number;
}

export interface PlacedLine {
  text: string;
  x: number;
  /** The baseline. */
  y: number;
  fontSize: number;
  bold: boolean;
  color: string;
}

export interface Area {
  x: number;
  top: number;
  width: number;
  height: number;
}

const LINE_HEIGHT = 1.3;

/** The blocks laid out at `fontSize`, and the height they take. */
export function place(blocks: Block[], area: Area, fontSize: number): { lines: PlacedLine[]; height: number } {
  const lines: PlacedLine[] = [];
  let y = area.top;
  for (const block of blocks) {
    const size = Math.round(fontSize * block.scale);
    y += block.spaceBefore * fontSize * LINE_HEIGHT;
    for (const text of wrap(block.text, area.width, size, block.bold)) {
      y += size * LINE_HEIGHT;
      lines.push({ text, x: area.x, y: Math.round(y - size * (LINE_HEIGHT - 1)), fontSize: size, bold: block.bold, color: block.color });
    }
  }
  return { lines, height: y - area.top };
}

/**
 * The largest body size (from `max` down to `min`, in steps of 2) at which
 * everything fits the area. If nothing fits even at `min`, the optional blocks
 * are dropped, the last group first, until it does; what still does not fit
 * is cut at the bottom of the area, never drawn outside it.
 */
export function fit(blocks: Block[], area: Area, { max, min }: { max: number; min: number }): PlacedLine[] {
  let current = blocks;
  for (;;) {
    for (let size = max; size >= min; size -= 2) {
      const placed = place(current, area, size);
      if (placed.height <= area.height) return placed.lines;
    }
    const groups = current.map((block) => block.optionalGroup ?? -1);
    const last = Math.max(...groups);
    if (last === -1) return place(current, area, min).lines.filter((line) => line.y <= area.top + area.height);
    current = current.filter((block) => block.optionalGroup !== last);
  }
}
