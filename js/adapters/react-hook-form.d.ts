import type { AdapterOptions } from "./adapters.js";

export interface JiuzhuFieldError {
  type: string;
  message: string;
}

export type JiuzhuResolverResult<T> =
  | { values: T; errors: Record<string, never> }
  | { values: Record<string, never>; errors: Record<string, unknown> };

/** A react-hook-form resolver: `useForm({ resolver: jiuzhuResolver() })`. */
export function jiuzhuResolver<T = Record<string, unknown>>(opts?: AdapterOptions): (values: T, context?: unknown, options?: unknown) => JiuzhuResolverResult<T>;
