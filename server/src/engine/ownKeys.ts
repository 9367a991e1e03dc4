// Records keyed by what a user typed (config keys, front matter keys, rule ids, entity
// names): a lookup must never answer with a property every object inherits ("constructor",
// "toString", "__proto__"), and a write must never set an object's prototype.

/** `record[key]` when the record itself has that key; undefined for inherited properties. */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Sets `record[key]` as the record's own property, "__proto__" included (plain assignment would set the prototype). */
export function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, writable: true, enumerable: true, configurable: true });
}

/** A shallow copy of `source` onto `target`, key by key with `setOwn` (where Object.assign would set a prototype). */
export function assignOwn<T>(target: Record<string, T>, source: Readonly<Record<string, T>>): Record<string, T> {
  for (const [key, value] of Object.entries(source)) setOwn(target, key, value);
  return target;
}
