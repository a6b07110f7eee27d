// A small JSON Schema validator for the keywords verbatim.schema.json uses (type, enum, required,
// properties, additionalProperties: false, items, anyOf, $ref to #/$defs, minimum, maximum).
// Unknown keywords throw, so the schema cannot grow past what this checks without the test noticing.

type Schema = Record<string, unknown>;

const KNOWN = new Set([
  '$schema', 'title', 'description', '$defs',
  'type', 'enum', 'required', 'properties', 'additionalProperties', 'items', 'anyOf', '$ref', 'minimum', 'maximum',
]);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** Returns the problems found, as "path: what"; empty when the value is valid. */
export function validate(value: unknown, schema: Schema, root: Schema = schema, path = '$'): string[] {
  for (const key of Object.keys(schema)) {
    if (!KNOWN.has(key)) throw new Error(`validator does not support the "${key}" keyword`);
  }
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.replace(/^#\/\$defs\//, '');
    const target = (root.$defs as Record<string, Schema> | undefined)?.[name];
    if (!target) throw new Error(`unresolved $ref ${schema.$ref}`);
    return validate(value, target, root, path);
  }
  const errors: string[] = [];
  if (schema.type !== undefined) {
    const allowed = ([] as string[]).concat(schema.type as string | string[]);
    const actual = typeOf(value);
    if (!allowed.includes(actual) && !(actual === 'integer' && allowed.includes('number'))) {
      return [`${path}: expected ${allowed.join(' or ')}, got ${actual}`];
    }
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(value as never)) {
    errors.push(`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  }
  if (Array.isArray(schema.anyOf)) {
    const branches = (schema.anyOf as Schema[]).map((branch) => validate(value, branch, root, path));
    if (!branches.some((problems) => problems.length === 0)) {
      errors.push(`${path}: matches none of anyOf (${branches.map((b) => b[0]).join('; ')})`);
    }
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) errors.push(`${path}: below ${schema.minimum}`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) errors.push(`${path}: above ${schema.maximum}`);
  }
  if (Array.isArray(value) && schema.items) {
    value.forEach((item, i) => errors.push(...validate(item, schema.items as Schema, root, `${path}[${i}]`)));
  }
  if (typeOf(value) === 'object') {
    const record = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[]) {
      if (!(key in record)) errors.push(`${path}: missing "${key}"`);
    }
    for (const [key, child] of Object.entries(record)) {
      if (properties[key]) errors.push(...validate(child, properties[key], root, `${path}.${key}`));
      else if (schema.additionalProperties === false) errors.push(`${path}: unexpected "${key}"`);
    }
  }
  return errors;
}
