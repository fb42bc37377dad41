/**
 * JSON.stringify and a deep equality for values read by JSON.parse, without recursion. V8's
 * JSON.parse reads any depth, but JSON.stringify and a recursive comparison overflow the stack
 * near 10,000 levels: a file with a 200,000-deep participants list crashed the CSV export. Both
 * walk an explicit stack instead; for JSON values they give what the built-ins would.
 */
type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);

/** `JSON.stringify(value)`, for a value made of JSON values (null, booleans, numbers, strings, arrays, plain objects). */
export function stringifyJson(value: unknown): string {
  const out: string[] = [];
  // Each open array or object: its values, its keys (objects), the next position.
  const stack: { values: unknown[]; keys: string[] | null; next: number }[] = [];
  let current = value;
  for (;;) {
    if (Array.isArray(current)) {
      out.push('[');
      stack.push({ values: current, keys: null, next: 0 });
    } else if (isObject(current)) {
      const object = current;
      const keys = Object.keys(object).filter((k) => object[k] !== undefined && typeof object[k] !== 'function');
      out.push('{');
      stack.push({ values: keys.map((k) => object[k]), keys, next: 0 });
    } else out.push(current === undefined || typeof current === 'function' ? 'null' : JSON.stringify(current));
    for (;;) {
      const top = stack[stack.length - 1];
      if (!top) return out.join('');
      if (top.next === top.values.length) {
        out.push(top.keys ? '}' : ']');
        stack.pop();
        continue;
      }
      if (top.next > 0) out.push(',');
      if (top.keys) out.push(`${JSON.stringify(top.keys[top.next])}:`);
      current = top.values[top.next++];
      break;
    }
  }
}

/** Whether two JSON values are equal: the same arrays in order, the same keys in any order. */
export function deepEqual(a: unknown, b: unknown): boolean {
  const pairs: [unknown, unknown][] = [[a, b]];
  while (pairs.length) {
    const [x, y] = pairs.pop()!;
    if (x === y) continue;
    if (Array.isArray(x)) {
      if (!Array.isArray(y) || x.length !== y.length) return false;
      for (let i = 0; i < x.length; i++) pairs.push([x[i], y[i]]);
      continue;
    }
    if (!isObject(x) || !isObject(y)) return false;
    const keys = Object.keys(x);
    if (keys.length !== Object.keys(y).length) return false;
    for (const k of keys) {
      if (!Object.hasOwn(y, k)) return false;
      pairs.push([x[k], y[k]]);
    }
  }
  return true;
}
