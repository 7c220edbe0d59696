/** Inputs shaped almost like valid ones: a few random edits anywhere in a JSON-like value, or in its text. */
import fc from 'fast-check';

/** Any JS value, including the awkward ones (null prototypes, boxed values, sparse arrays, bigints). */
export const junk = fc.anything({
  maxDepth: 2,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});

const HOW = ['delete', 'replace', 'null', 'number', 'string', 'empty', 'wrap', 'duplicate'] as const;
const edit = fc.record({ at: fc.nat(), how: fc.constantFrom(...HOW), junk, text: fc.string({ maxLength: 6 }), num: fc.double() });
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

/** 1–3 random edits of `value` (never mutated itself). */
export function nearly(value: unknown): fc.Arbitrary<unknown> {
  return fc.array(edit, { minLength: 1, maxLength: 3 }).map((edits) => {
    let out: unknown = structuredClone(value);
    for (const e of edits) out = apply(out, e);
    return out;
  });
}

type Path = (string | number)[];

const isPlain = (v: unknown): v is object =>
  Array.isArray(v) || (v !== null && typeof v === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(v)));

/** Paths into plain objects and arrays (junk such as Maps or boxed strings is a leaf). */
function paths(value: unknown, base: Path = [], out: Path[] = []): Path[] {
  if (isPlain(value)) {
    for (const [k, v] of Object.entries(value)) {
      const p = [...base, Array.isArray(value) ? Number(k) : k];
      out.push(p);
      paths(v, p, out);
    }
  }
  return out;
}

function apply(root: unknown, e: Edit): unknown {
  const all = paths(root);
  if (all.length === 0) return e.junk;
  const path = all[e.at % all.length]!;
  const key = path[path.length - 1]!;
  let parent = root as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  const current = parent[key];
  switch (e.how) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      break;
    case 'replace':
      parent[key] = e.junk;
      break;
    case 'null':
      parent[key] = null;
      break;
    case 'number':
      parent[key] = typeof current === 'string' && current !== '' && !Number.isNaN(Number(current)) ? Number(current) : e.num;
      break;
    case 'string':
      parent[key] = typeof current === 'object' ? e.text : `${String(current)}${e.text}`;
      break;
    case 'empty':
      parent[key] = Array.isArray(current) ? [] : typeof current === 'object' ? {} : '';
      break;
    case 'wrap':
      parent[key] = [current];
      break;
    case 'duplicate':
      if (Array.isArray(parent)) parent.splice(key as number, 0, structuredClone(current));
      else parent[`${String(key)}${e.text}`] = current;
      break;
  }
  return root;
}

/** Text with 1–3 random character edits (insert, delete, replace). */
export function nearlyText(text: string): fc.Arbitrary<string> {
  const op = fc.record({ at: fc.nat(), len: fc.integer({ min: 0, max: 8 }), insert: fc.string({ maxLength: 4, unit: 'binary' }) });
  return fc.array(op, { minLength: 1, maxLength: 3 }).map((ops) =>
    ops.reduce((t, o) => {
      const at = t.length === 0 ? 0 : o.at % t.length;
      return t.slice(0, at) + o.insert + t.slice(at + o.len);
    }, text),
  );
}
