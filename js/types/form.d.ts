// Types of attachForm, the progressive enhancement of a portal's own HTML form.
import type { LocaleOptions } from "../index.js";
import type { ValidationReport } from "./application.js";
import type { DecisionReport } from "./decisions.js";

export interface AttachFormOptions extends LocaleOptions {
  /** What the form holds: an application (the default). */
  check?: "application";
  /** Today's date, "YYYY-MM-DD" (ages, dates not in the future). Absent, today in China Standard
   * Time; `null` turns the date checks off. Anything else throws `invalidDate`. */
  today?: string | null;
  /** Called on a submit that passes, with the report (its `normalized` is what to store). */
  onValid?: (report: ValidationReport) => void;
}

/** attachForm on a payment arrangement's form (三（二）: the proxy request a consultant fills with an
 * applicant), judged by `validatePaymentArrangement`; controls named by its paths (`request.by`). */
export interface AttachPaymentFormOptions extends LocaleOptions {
  check: "paymentArrangement";
  onValid?: (report: DecisionReport) => void;
}

/**
 * The handle of an enhanced form. The binding adds, and `detach()` removes: the error summary
 * (`.jiuzhu-error-summary`, focused on submit, links focus the fields), a message before each field
 * (`.jiuzhu-error-message`, referenced by `aria-describedby`), `aria-invalid` and `.jiuzhu-invalid` on
 * the fields, and `.jiuzhu-document-notice` in place of upload fields (`data-document="kind"`) whose
 * document the office obtains by information sharing.
 */
export interface FormBinding<Report = ValidationReport> {
  /** Validates now and shows the result as on submit (without submitting); null once detached. */
  validate(): Report | null;
  /** Removes every listener, element and attribute the binding added. The binding stays usable
   * (`validate()` then gives null). */
  detach(): void;
  /** Detaches, and frees the binding's memory in the module; the handle is not used after.
   * Where the engine has `Symbol.dispose`, disposing the binding (`using`) calls this. */
  free(): void;
}

/**
 * Enhances `form`: controls are bound by `data-jiuzhu-path` or `name` equal to model paths
 * (`members.0.idNumber`). Validates on submit and blocks it while invalid; after the first submit,
 * re-validates as fields change (the first change at once, then at most every 200 ms while the person
 * types, and once after the last). Throws `invalidArgument` when `form` is not an HTMLFormElement or an
 * option is unusable, `invalidDate` when `opts.today` is not a real "YYYY-MM-DD" date.
 */
export function attachForm(form: HTMLFormElement, opts?: AttachFormOptions): FormBinding;
export function attachForm(form: HTMLFormElement, opts: AttachPaymentFormOptions): FormBinding<DecisionReport>;
