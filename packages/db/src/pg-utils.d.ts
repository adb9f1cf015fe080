// `pg` turns query values into text with this function; its own types do not declare the module.
declare module 'pg/lib/utils.js' {
  export function prepareValue(value: unknown): string | Buffer | null;
}
