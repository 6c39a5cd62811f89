import type { AdapterOptions } from "./adapters.js";

/** An async-validator rule (the shape Element Plus's el-form accepts). */
export interface JiuzhuRule {
  trigger: string | string[];
  validator(rule: unknown, value: unknown, callback: (error?: Error) => void): void;
}

export interface RuleOptions extends AdapterOptions {
  trigger?: string | string[];
}

/** One rule validating `path` of the model that `getModel` returns. */
export function jiuzhuRule(getModel: () => unknown, path: string, opts?: RuleOptions): JiuzhuRule;
/** `rules` for `<el-form>`, keyed by prop path. */
export function elementPlusRules(getModel: () => unknown, paths: string[], opts?: RuleOptions): Record<string, JiuzhuRule[]>;
