/** The generated files, by name, as text. */
export function compileSchemaOutputs(): Promise<Record<string, string>>;
