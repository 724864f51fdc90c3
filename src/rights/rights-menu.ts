/**
 * The rights menu (src/content/rights/menu.yaml): topics grouped so that the
 * menu stays one screen however many cards there are. Pure data and checks.
 */
import { z } from "zod";

/** Entries on the rights menu's one screen (with Save and Main menu: ten buttons at most). */
export const MAX_MENU_ENTRIES = 8;
/** Cards in one group's screen (with Back and Main menu). */
export const MAX_GROUP_CARDS = 8;

const entrySchema = z.union([
  z.object({ group: z.string().regex(/^[a-z][a-z-]*$/), cards: z.array(z.string()).min(2).max(MAX_GROUP_CARDS) }).strict(),
  z.object({ card: z.string() }).strict(),
]);
export const menuSchema = z.array(entrySchema).min(1).max(MAX_MENU_ENTRIES);

export type MenuEntry = { kind: "group"; id: string; cards: string[] } | { kind: "card"; card: string };

/** Checks that every card is on the menu exactly once and that the menu names no unknown card. */
export function buildMenu(raw: z.infer<typeof menuSchema>, cardIds: string[]): { menu: MenuEntry[]; problem?: string } {
  const menu: MenuEntry[] = raw.map((entry) =>
    "group" in entry ? { kind: "group", id: entry.group, cards: entry.cards } : { kind: "card", card: entry.card },
  );
  const listed = menu.flatMap((entry) => (entry.kind === "group" ? entry.cards : [entry.card]));
  const unknown = listed.find((id) => !cardIds.includes(id));
  if (unknown) return { menu, problem: `names an unknown card "${unknown}"` };
  const twice = listed.find((id, index) => listed.indexOf(id) !== index);
  if (twice) return { menu, problem: `lists the card "${twice}" twice` };
  const missing = cardIds.find((id) => !listed.includes(id));
  if (missing) return { menu, problem: `does not list the card "${missing}"` };
  const groups = menu.flatMap((entry) => (entry.kind === "group" ? [entry.id] : []));
  const sameGroup = groups.find((id, index) => groups.indexOf(id) !== index);
  if (sameGroup) return { menu, problem: `has two groups "${sameGroup}"` };
  return { menu };
}

/** The group a card is in, if it is in one. */
export function groupOf(menu: MenuEntry[], cardId: string): Extract<MenuEntry, { kind: "group" }> | undefined {
  return menu.find((entry): entry is Extract<MenuEntry, { kind: "group" }> => entry.kind === "group" && entry.cards.includes(cardId));
}

export function findGroup(menu: MenuEntry[], groupId: string): Extract<MenuEntry, { kind: "group" }> | undefined {
  return menu.find((entry): entry is Extract<MenuEntry, { kind: "group" }> => entry.kind === "group" && entry.id === groupId);
}
