/**
 * Every sealed field the stores write, with the context (AES-GCM associated
 * data) each value is bound to. `npm run keys:rotate` re-seals exactly these;
 * it refuses to finish when it finds a sealed value in any other field, so a
 * store that adds a sealed field must add it here (its value would otherwise
 * be lost with the old key).
 */
export interface SealedField {
  collection: string;
  field: string;
  /** The context the value of the document with this `_id` is sealed with. */
  context: (id: string) => string;
}

export const SEALED_FIELDS: readonly SealedField[] = [
  // The lookup keys (the key check is re-sealed last, by the rotation itself).
  { collection: "meta", field: "sealed", context: (id) => `meta:${id}` },
  { collection: "conversations", field: "json", context: (id) => id },
  { collection: "trails", field: "json", context: (id) => id },
  { collection: "reports", field: "sealed", context: (id) => `report:${id}` },
  { collection: "reporters", field: "sealedChat", context: (id) => `reporter:${id}` },
  { collection: "cases", field: "sealedOpened", context: (id) => `case-opened:${id}` },
  { collection: "cases", field: "sealedTaken", context: (id) => `case-taken:${id}` },
  { collection: "cases", field: "sealedCustody", context: (id) => `case-custody:${id}` },
  { collection: "evidence", field: "sealed", context: (id) => `evidence:${id}` },
  { collection: "outbox", field: "sealedChat", context: (id) => `job:${id}` },
  { collection: "alerts", field: "sealed", context: (id) => `alert:${id}` },
  { collection: "leads", field: "sealed", context: (id) => `lead:${id}` },
  { collection: "invites", field: "sealedBy", context: (id) => `invite:${id}` },
  { collection: "pending_enrolments", field: "sealed", context: (id) => `pending:${id}` },
  { collection: "relays", field: "sealed", context: (id) => `relay:${id}` },
  { collection: "audit", field: "sealed", context: (id) => `audit:${id}` },
  { collection: "report_intake", field: "sealed", context: (id) => `intake:${id}` },
  { collection: "checkin_timers", field: "sealed", context: (id) => `checkin:${id}` },
  { collection: "checkin_timers", field: "sealedLocation", context: (id) => `checkin-location:${id}` },
];

/** What a sealed value looks like (Cipher's output). */
export const SEALED_VALUE = /^v\d+\.[A-Za-z0-9_-]{20,}$/;
