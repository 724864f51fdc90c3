/**
 * Typed button data: `<prefix>:<field>:<field>…`, each field checked against its
 * own pattern. One definition gives the three things a button needs: `pack`
 * (builds the data; a value that would not unpack, or data over Telegram's 64
 * bytes, is a programming error and throws), `unpack` (undefined for anything
 * malformed: a stale or forged button is an ordinary press) and `filter` (for
 * `composer.callbackQuery`). The data names what to do and to what; it never
 * carries authority, which the server decides at every press.
 */

/** Telegram refuses callback data longer than this, counted in UTF-8 bytes. */
export const CALLBACK_DATA_MAX_BYTES = 64;

/** One field: a pattern (regular-expression source, without `:`) and the type its value has. */
export interface Field<T extends string = string> {
  readonly source: string;
  /** Only carries the value's type. */
  readonly type?: T;
}

export type Values<F extends Record<string, Field>> = { [K in keyof F]: F[K] extends Field<infer T> ? T : never };

export interface Button<V extends Record<string, string>> {
  /** Matches exactly the data `pack` makes. */
  readonly filter: RegExp;
  pack(values: V): string;
  unpack(data: string | undefined): V | undefined;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");

/** A field whose value matches `source` (e.g. a reference code). */
export const matching = (source: string): Field<string> => ({ source });

/** A field whose value is one of `values`. */
export const oneOf = <T extends string>(values: readonly T[]): Field<T> => ({ source: values.map(escape).join("|") });

// Counted without encoding: every keyboard built packs its buttons (an encoder per call showed in profiles).
const byteLength = (text: string) => Buffer.byteLength(text, "utf8");

export function defineButton<F extends Record<string, Field>>(prefix: string, fields: F): Button<Values<F>> {
  const names = Object.keys(fields);
  // Named groups: a field's own pattern may hold groups without shifting the others.
  const filter = new RegExp(`^${escape(prefix)}${names.map((name) => `:(?<${name}>${fields[name]!.source})`).join("")}$`);
  const unpack = (data: string | undefined): Values<F> | undefined => {
    if (data === undefined || byteLength(data) > CALLBACK_DATA_MAX_BYTES) return undefined;
    const match = filter.exec(data);
    if (!match) return undefined;
    // A button without fields has no groups.
    const groups = match.groups ?? {};
    return Object.fromEntries(names.map((name) => [name, groups[name]])) as Values<F>;
  };
  return {
    filter,
    unpack,
    pack(values) {
      const data = [prefix, ...names.map((name) => values[name])].join(":");
      if (!unpack(data)) throw new Error(`button data of ${prefix} does not unpack or is over ${CALLBACK_DATA_MAX_BYTES} bytes`);
      return data;
    },
  };
}

/**
 * A callback-query handler that receives the button's fields:
 * `composer.callbackQuery(b.filter, onPress(b, (ctx, values, next) => …))`.
 * Data that does not unpack goes on to the next handler.
 */
export function onPress<C extends { callbackQuery: { data?: string } }, V extends Record<string, string>>(
  button: Button<V>,
  handle: (ctx: C, values: V, next: () => Promise<void>) => unknown,
): (ctx: C, next: () => Promise<void>) => unknown {
  return (ctx, next) => {
    const values = button.unpack(ctx.callbackQuery.data);
    return values ? handle(ctx, values, next) : next();
  };
}
