// Types of the framework adapters: jiuzhu/element-plus, jiuzhu/react-hook-form, jiuzhu/vee-validate.
import type { LocaleOptions } from "../index.js";

export interface AdapterOptions extends LocaleOptions {
  /** Today's date, "YYYY-MM-DD"; the library never reads a clock. */
  today?: string;
}
