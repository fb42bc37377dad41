/**
 * A fast yes/no test compiled from a valibot schema, for the common case of a valid item.
 *
 * valibot parses by copying: every object, array and string check leaves a fresh output and a
 * result record behind, which at 20,000 events is most of the load time (~0.5 s with garbage
 * collection, in headless Chromium on 2 cores). The test compiled here walks the same schema
 * objects (their types, options, regexes and check functions, so the format is still written
 * once, in schema.ts) and only answers whether the input is valid *and* parsing would return
 * it unchanged. When it says yes, the input is the output; when it says no, the loader asks
 * valibot, which finds the issues (or the trimmed copy) as before.
 *
 * A schema using anything not listed here compiles to null, and the loader then always asks
 * valibot: unknown constructs are never guessed at. src/lib/data/precheck.test.ts holds the
 * law that keeps the two in step: for any input, test(input) implies valibot accepts it and
 * returns an equal value.
 */
import type { GenericSchema } from 'valibot';

export type Test = (value: unknown) => boolean;

type Node = {
  kind: string;
  type: string;
  pipe?: Node[];
  entries?: Record<string, Node>;
  key?: Node;
  value?: Node;
  item?: Node;
  wrapped?: Node;
  options?: unknown[];
  default?: unknown;
  requirement?: unknown;
};

const RESERVED = new Set(['__proto__', 'prototype', 'constructor']);
/** valibot takes an array for an object too, but returns a plain object: not the input. */
const isPlainObject = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);

/** The test for `schema`, or null when it uses something this compiler does not know. */
export function compileTest(schema: GenericSchema): Test | null {
  return compile(schema as unknown as Node);
}

function compile(node: Node): Test | null {
  if (node.pipe) return compilePipe(node.pipe);
  return node.kind === 'schema' ? compileSchema(node) : compileAction(node);
}

function compilePipe(items: Node[]): Test | null {
  const tests: Test[] = [];
  for (const item of items) {
    if (item.kind === 'metadata') continue;
    const test = compile(item);
    if (!test) return null;
    tests.push(test);
  }
  return (x) => {
    for (const test of tests) if (!test(x)) return false;
    return true;
  };
}

function compileSchema(node: Node): Test | null {
  switch (node.type) {
    case 'string':
      return (x) => typeof x === 'string';
    case 'number':
      return (x) => typeof x === 'number' && !Number.isNaN(x);
    case 'boolean':
      return (x) => typeof x === 'boolean';
    case 'unknown':
      return () => true;
    case 'picklist': {
      const options = node.options!;
      return (x) => options.includes(x);
    }
    case 'optional': {
      if (node.default !== undefined) return null;
      const wrapped = compile(node.wrapped!);
      return wrapped && ((x) => x === undefined || wrapped(x));
    }
    case 'array': {
      const item = compile(node.item!);
      return (
        item &&
        ((x) => {
          if (!Array.isArray(x)) return false;
          for (const value of x) if (!item(value)) return false;
          return true;
        })
      );
    }
    case 'union': {
      const options = (node.options as Node[]).map(compile);
      if (options.some((o) => !o)) return null;
      return (x) => options.some((o) => o!(x));
    }
    case 'record': {
      const key = compile(node.key!);
      const value = compile(node.value!);
      if (!key || !value) return null;
      return (x) => {
        if (!isPlainObject(x)) return false;
        // valibot leaves reserved keys out of its output: the input would not be the output.
        for (const k in x) if (RESERVED.has(k) || !key(k) || !value(x[k])) return false;
        return true;
      };
    }
    case 'object':
    case 'strict_object': {
      const names = Object.keys(node.entries!);
      const tests = new Map<string, Test>();
      for (const name of names) {
        const entry = node.entries![name];
        // Optional entries with a default would be filled in; none of ours have one.
        const test = entry.default === undefined ? compile(entry) : null;
        if (!test) return null;
        tests.set(name, test);
      }
      const requiredNames = new Set(names.filter((name) => node.entries![name].type !== 'optional'));
      // One pass over the input's keys: each must be an entry whose test it passes, and all
      // the required entries must be among them. A strict object rejects unknown keys, a plain
      // one leaves them out of its output: either way the input is not the output.
      return (x) => {
        if (!isPlainObject(x)) return false;
        let found = 0;
        for (const k in x) {
          const test = tests.get(k);
          if (!test || !test(x[k])) return false;
          if (requiredNames.has(k)) found++;
        }
        return found === requiredNames.size;
      };
    }
    default:
      return null;
  }
}

function compileAction(node: Node): Test | null {
  const r = node.requirement;
  switch (node.type) {
    case 'regex': {
      // The same few strings come back again and again (actor and place ids, language tags):
      // a set of those that passed answers them without running the pattern. A pattern that
      // keeps state between tests (g or y) is always run.
      const re = r as RegExp;
      if (re.global || re.sticky) return (x) => re.test(x as string);
      const passed = new Set<string>();
      return (x) => {
        if (passed.has(x as string)) return true;
        if (!re.test(x as string)) return false;
        if (passed.size < 1024) passed.add(x as string);
        return true;
      };
    }
    case 'check':
    case 'url':
      return (x) => (r as (x: unknown) => boolean)(x);
    case 'non_empty':
      return (x) => (x as string).length !== 0;
    case 'min_length':
      return (x) => (x as string).length >= (r as number);
    case 'max_length':
      return (x) => (x as string).length <= (r as number);
    case 'min_value':
      return (x) => (x as number) >= (r as number);
    case 'max_value':
      return (x) => (x as number) <= (r as number);
    case 'trim':
      // A transformation: the input is the output only when there is nothing to trim.
      return (x) => (x as string).trim() === x;
    default:
      return null;
  }
}
