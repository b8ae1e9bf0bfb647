// A tiny validator for data read back from the browser or from a file: each check says where a value goes wrong
// ("session.records.x.afspraken[1].due is geen datum"), and the TypeScript type is derived from the same check.
// Hand-made because it ships in the workshop chunk: zod/mini added about 8 KB gzipped for the same shapes.

declare const typeOf: unique symbol;
declare const optionalMark: unique symbol;

type Test = (value: unknown, path: string) => string | null;
/** Returns null when the value is fine, else the path and what is wrong with it. */
export type Check<T> = Test & { readonly [typeOf]: T };
/** A field that may be absent. */
export type Optional<T> = Check<T | undefined> & { readonly [optionalMark]: true };

/** The type a check accepts. */
export type Infer<C> = C extends Check<infer T> ? T : never;

type Shape = Record<string, Check<unknown>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends { readonly [optionalMark]: true } ? K : never }[keyof S];
type Fields<S extends Shape> = { [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]> } & { [K in OptionalKeys<S>]?: Exclude<Infer<S[K]>, undefined> };
type Flat<T> = { [K in keyof T]: T[K] };

/** The brand is only a type: at run time a check is the plain function. */
const typed = <C>(test: Test): C => test as C;

const check = <T>(test: (value: unknown) => boolean, complaint: string) => typed<Check<T>>((value, path) => (test(value) ? null : `${path} ${complaint}`));

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

export const text = check<string>((v) => typeof v === "string", "is geen tekst");
export const integer = check<number>((v) => Number.isInteger(v), "is geen getal");
/** A date as YYYY-MM-DD (what <input type="date"> gives), or "" when none was chosen. */
export const dateText = check<string>((v) => v === "" || (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v)), "is geen datum");
/** Exactly two texts, such as the two sides of a dilemma. */
export const textPair = check<[string, string]>((v) => Array.isArray(v) && v.length === 2 && v.every((p) => typeof p === "string"), "heeft geen twee kanten");

/** Exactly `n` values that each pass `test`, such as the four answers A–D of a card vote. */
export const exactly = <T extends unknown[]>(n: number, test: (item: unknown) => boolean, complaint: string) =>
  check<T>((v) => Array.isArray(v) && v.length === n && v.every(test), complaint);

/** One of the whole numbers from 1 to `max`, or null. */
export const scalePoint = <T extends number>(max: number) =>
  check<T | null>((v) => v === null || (Number.isInteger(v) && (v as number) >= 1 && (v as number) <= max), `is geen punt van 1 tot ${max}`);

export function optional<T>(item: Check<T>): Optional<T> {
  return typed((v, path) => (v === undefined ? null : item(v, path)));
}

export function fields<S extends Shape>(shape: S): Check<Flat<Fields<S>>> {
  return typed((v, path) => {
    if (!isObject(v)) return `${path} ontbreekt`;
    for (const [key, item] of Object.entries(shape)) {
      const problem = item(v[key], `${path}.${key}`);
      if (problem) return problem;
    }
    return null;
  });
}

export function list<T>(item: Check<T>): Check<T[]> {
  return typed((v, path) => {
    if (!Array.isArray(v)) return `${path} is geen lijst`;
    for (const [i, entry] of v.entries()) {
      const problem = item(entry, `${path}[${i}]`);
      if (problem) return problem;
    }
    return null;
  });
}

export function dict<T>(item: Check<T>): Check<Record<string, T>> {
  return typed((v, path) => {
    if (!isObject(v)) return `${path} ontbreekt`;
    for (const [key, entry] of Object.entries(v)) {
      const problem = item(entry, `${path}.${key}`);
      if (problem) return problem;
    }
    return null;
  });
}
