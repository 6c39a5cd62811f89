// Types of identity numbers and application validation.
import type { IsoDate, LocaleOptions } from "../index.js";

export type ApplicationErrorCode =
  | "required"
  | "wrongType"
  | "tooLong"
  | "invalidOption"
  | "dateFormat"
  | "dateInFuture"
  | "moneyNegative"
  | "moneyDecimals"
  | "nameFormat"
  | "unknownTown"
  | "consentRequired"
  | "notAnApplication"
  | "notARoster"
  | "noApplicant"
  | "multipleApplicants"
  | "multipleSpouses"
  | "duplicateIdNumber"
  | "birthDateMismatch"
  | "genderMismatch"
  | "localHukouWithoutResidentId"
  | "nonLocalHukou"
  | "relationshipAge"
  | "extremePovertyEligibility"
  | "agentRequired"
  | "agentIsApplicant"
  | "bankHolderNotMember"
  | "idFormat"
  | "idChecksum"
  | "idBirthDate"
  | "idRegion"
  /** Warning: the six-digit region code of a resident ID was never issued (GB/T 2260 and its history); params.value. */
  | "idRegionUnknown"
  /** The nationality of a foreign permanent-resident ID is no country's code; params.value. */
  | "idCountry"
  | "idTypeMismatch"
  | "idLegacy15"
  | "phoneFormat"
  | "bankAccountFormat"
  | "bankAccountChecksum";

export type IdType =
  | "residentId"
  | "residentId15"
  | "hkMacaoResidencePermit"
  | "taiwanResidencePermit"
  | "foreignPermanentResident";

export type Category = "minimumLiving" | "lowIncomeMargin" | "rigidExpenditure" | "extremePoverty" | "temporary";
export type Relationship = "self" | "spouse" | "child" | "parent" | "grandchild" | "grandparent" | "sibling" | "other";
export type Hukou = "local" | "other";
export type Employment = "employed" | "unemployed" | "retired" | "student" | "preschool" | "unableToWork";
export type Gender = "male" | "female";
export type DisabilityCategory = "physical" | "visual" | "hearing" | "speech" | "intellectual" | "mental" | "multiple";

export interface Disability {
  category: DisabilityCategory;
  grade: 1 | 2 | 3 | 4;
}

/** Monthly income in yuan by source (0 when none). */
export interface MonthlyIncome {
  wages: number;
  business: number;
  property: number;
  transfer: number;
  other: number;
}

export interface Member {
  name: string;
  /** Optional: recognised from the number when absent. */
  idType?: IdType;
  idNumber: string;
  /** Optional; checked against the ID number. */
  birthDate?: IsoDate;
  /** Optional; checked against the ID number. */
  gender?: Gender;
  relationship: Relationship;
  hukou: Hukou;
  /** Absent means living together. */
  livesTogether?: boolean;
  /** Required except for temporary assistance. */
  employment?: Employment;
  disability?: Disability | null;
  /** A serious illness, in words. */
  health?: string | null;
  /** Required except for temporary assistance. */
  monthlyIncome?: MonthlyIncome;
}

export interface Agent {
  name: string;
  idType?: IdType;
  idNumber: string;
  phone: string;
  kind: "committee" | "relative" | "other";
}

/**
 * The application a portal hands in (docs/domain.md, "The application"). Fields are listed in form order, the order of
 * the errors. Validation accepts any value; these types describe a complete one.
 */
export interface Application {
  category: Category;
  submittedOn?: IsoDate;
  /** A Qingpu division code (310118105) or name (赵巷镇). */
  town: string;
  committee: string;
  /** `phone`: a mobile number or a Shanghai landline. */
  contact: { phone: string; hukouAddress: string; residenceAddress: string };
  members: Member[];
  /** Required except for temporary assistance; amounts in yuan. */
  assets?: { deposits: number; securities: number; vehicles: number; nonResidentialProperty: number };
  /** Required for rigid-expenditure hardship. */
  expenses?: { medical: number; education: number };
  /** Required except for temporary assistance. The holder must be a member. */
  bankAccount?: { bankName: string; accountNumber: string; holderName: string };
  /** Required when the applicant is under 18. */
  agent?: Agent | null;
  consents: { verificationAuthorized: boolean; declarationTruthful: boolean };
  [extra: string]: unknown;
}

export interface ValidationOptions extends LocaleOptions {
  /**
   * Today, from the page (the library has no clock). With it, dates after today are refused
   * (birth dates, the birth date inside an ID number, `submittedOn`). Ages are counted at
   * `submittedOn`, else at `today`. Absent, it is today in China Standard Time (`todayInChina()`);
   * `null` turns the date checks off (then, without `submittedOn`, the age rules are not judged).
   */
  today?: IsoDate | null;
  /**
   * Partial validation for live forms: only these paths (and what lies under them), plus the
   * cross-field rules that read them (a duplicate ID, one applicant, …). `members.*.name` stands
   * for that field of every member. `valid` then speaks of these fields only.
   */
  fields?: string[];
}

export interface ValidationError {
  /** `members.1.idNumber`; "" for the application as a whole. */
  path: string;
  code: ApplicationErrorCode;
  /** A warning does not make the application invalid (an old 15-digit ID, a card check digit). */
  severity: "error" | "warning";
  /** Names the field and says how to fix it; serves the error summary and the field alike. */
  message: string;
  params: Record<string, string>;
}

export interface ValidationReport {
  /** No errors (warnings allowed). */
  valid: boolean;
  /** In form order. */
  errors: ValidationError[];
  /**
   * What to store, by path, where it differs from what was typed: ID numbers cleaned and
   * upper-case (15 digits made 18), an idType recognised from the number, phones and account
   * numbers as digits, the town as its code, texts trimmed. Apply with the form's
   * `setValue(path, value)`; `{}` when nothing changes. The input is never modified.
   */
  normalized: Record<string, string>;
}

export interface IdCheck {
  /** No error (an old 15-digit number is valid, with a warning `code`). */
  valid: boolean;
  type: IdType | null;
  /** What should be stored: full-width characters, spaces, hyphens, invisible characters removed, X upper-case, 15 digits made 18. */
  normalized: string;
  birthDate: IsoDate | null;
  gender: Gender | null;
  code: ApplicationErrorCode | null;
  message: string | null;
}

export interface IdOptions extends LocaleOptions {
  /** The type the number must be (any type when absent). */
  type?: IdType;
  /** Refuses birth dates after it. Absent, today in China Standard Time; `null`: no such check. */
  today?: IsoDate | null;
}

/** Checks one identity number. Any value gets an answer; only bad options throw. */
export function validateIdNumber(value: unknown, opts?: IdOptions): IdCheck;
/** Validates an application. Any value gets a report; only bad options throw. */
export function validateApplication(app: unknown, opts?: ValidationOptions): ValidationReport;
/**
 * Validates a roster: the JSON text of an array of applications, in one call. One report per
 * application, in order; text that is not a JSON array gives one report with `notARoster`.
 */
export function validateApplications(json: string, opts?: ValidationOptions): ValidationReport[];
/**
 * The field a model path names, in words, as validation messages name it: `members.1.idNumber` →
 * "第2位家庭成员的证件号码" ("member 2's ID number" in English), `members.0` → "第1位家庭成员". For
 * portals that list findings, documents or withheld values by field instead of by path. An unknown
 * path is returned as it is; a `path` that is not a string throws `invalidArgument`.
 */
export function labelFor(path: string, opts?: LocaleOptions): string;

/** A division (街道、镇) of Qingpu: its 9-digit statistical code and its name. */
export interface Division {
  code: string;
  name: string;
}

/** What `loadDivisions` reads: data/divisions.json's shape (its other members are ignored). */
export interface DivisionData {
  divisions: { code: string; name: string }[];
}

/** The divisions in use (compiled in, or the last list loaded), for a portal's town list. */
export function divisions(): Division[];
/**
 * Replaces the divisions an application's `town` must name, when the district's list changes.
 * Bad data throws (`invalidDivisionData`, with the path) and keeps the old list. Returns the
 * number of divisions loaded.
 */
export function loadDivisions(data: DivisionData, opts?: LocaleOptions): number;

/** Whether a finding stops a submit: errors do, warnings do not. attachForm and the framework
 * adapters ask this; a portal's own form code should too. */
export function blocksSubmit(finding: { severity: "error" | "warning" | (string & {}) }): boolean;
