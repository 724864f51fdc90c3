import type { Locale, Localized } from "./locales.js";

/**
 * The 17 regions of Kazakhstan and the three cities of republican
 * significance, in the order people look for them: cities first.
 */
export const REGIONS = {
  astana: { kk: "Астана", ru: "Астана", en: "Astana" },
  almaty: { kk: "Алматы", ru: "Алматы", en: "Almaty" },
  shymkent: { kk: "Шымкент", ru: "Шымкент", en: "Shymkent" },
  abai: { kk: "Абай облысы", ru: "Абайская область", en: "Abai Region" },
  akmola: { kk: "Ақмола облысы", ru: "Акмолинская область", en: "Akmola Region" },
  aktobe: { kk: "Ақтөбе облысы", ru: "Актюбинская область", en: "Aktobe Region" },
  "almaty-region": { kk: "Алматы облысы", ru: "Алматинская область", en: "Almaty Region" },
  atyrau: { kk: "Атырау облысы", ru: "Атырауская область", en: "Atyrau Region" },
  "east-kazakhstan": { kk: "Шығыс Қазақстан облысы", ru: "Восточно-Казахстанская область", en: "East Kazakhstan Region" },
  jambyl: { kk: "Жамбыл облысы", ru: "Жамбылская область", en: "Jambyl Region" },
  jetisu: { kk: "Жетісу облысы", ru: "Жетысуская область", en: "Jetisu Region" },
  karaganda: { kk: "Қарағанды облысы", ru: "Карагандинская область", en: "Karaganda Region" },
  kostanay: { kk: "Қостанай облысы", ru: "Костанайская область", en: "Kostanay Region" },
  kyzylorda: { kk: "Қызылорда облысы", ru: "Кызылординская область", en: "Kyzylorda Region" },
  mangystau: { kk: "Маңғыстау облысы", ru: "Мангистауская область", en: "Mangystau Region" },
  "north-kazakhstan": { kk: "Солтүстік Қазақстан облысы", ru: "Северо-Казахстанская область", en: "North Kazakhstan Region" },
  pavlodar: { kk: "Павлодар облысы", ru: "Павлодарская область", en: "Pavlodar Region" },
  turkistan: { kk: "Түркістан облысы", ru: "Туркестанская область", en: "Turkistan Region" },
  ulytau: { kk: "Ұлытау облысы", ru: "Улытауская область", en: "Ulytau Region" },
  "west-kazakhstan": { kk: "Батыс Қазақстан облысы", ru: "Западно-Казахстанская область", en: "West Kazakhstan Region" },
} as const satisfies Record<string, Localized>;

export type RegionId = keyof typeof REGIONS;
export const REGION_IDS = Object.keys(REGIONS) as RegionId[];

/** Region ids as a person reads them: "Алматы, Атырауская область" (an unknown id stays as it is). */
export const regionNames = (ids: readonly string[], locale: Locale): string =>
  ids.map((id) => (id in REGIONS ? REGIONS[id as RegionId][locale] : id)).join(", ");
