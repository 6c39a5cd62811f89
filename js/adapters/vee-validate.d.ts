import type { AdapterOptions } from "./adapters.js";

export interface JiuzhuTypedSchema<T = Record<string, unknown>> {
  __type: "VVTypedSchema";
  parse(values: T): Promise<{ value: T | undefined; errors: { path: string; errors: string[] }[] }>;
}

/** A vee-validate typed schema: `useForm({ validationSchema: jiuzhuSchema() })`. */
export function jiuzhuSchema<T = Record<string, unknown>>(opts?: AdapterOptions): JiuzhuTypedSchema<T>;
