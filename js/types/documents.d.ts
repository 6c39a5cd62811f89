// Types of document requests (上海市社会救助条例 第46条: what the office can obtain through
// information sharing must not be requested from the applicant).
import type { IsoDate, LocaleOptions } from "../index.js";

export type DocumentsErrorCode = "invalidDocumentCatalog";

/** Codes of `lintFormDefinition` violations. */
export type FormViolationCode =
  | "forbiddenDocumentRequest"
  | "unknownDocumentKind"
  | "missingRequiredDocument"
  | "duplicateDocument"
  | "invalidFormDefinition";

/** The kinds of the compiled-in catalogue; a loaded catalogue may add others. */
export type DocumentKindId =
  | "identityCard"
  | "householdRegister"
  | "marriageCertificate"
  | "vehicleRegistration"
  | "employmentRegistration"
  | "socialInsuranceRecord"
  | "supplementaryMedicalRecord"
  | "housingFundRecord"
  | "realEstateCertificate"
  | "businessRegistration"
  | "taxRecord"
  | "medicalInsuranceSettlement"
  | "educationExpenseRecord"
  | "bankDepositStatement"
  | "securitiesRecord"
  | "commercialInsurancePolicy"
  | "residencePermit"
  | "disabilityCertificate"
  | "birthCertificate"
  | "deathCertificate"
  | "applicationForm"
  | "incomeDeclaration"
  | "verificationAuthorization"
  | "powerOfAttorney"
  | "medicalBills"
  | "unregisteredIncomeEvidence"
  | "rentalContract"
  | (string & {});

export type AssistanceCategory =
  | "minimumLiving"
  | "lowIncomeMargin"
  | "rigidExpenditure"
  | "extremePoverty"
  | "temporary";

/**
 * When a kind of document concerns an application. Member conditions apply once per member:
 * `adultMember` (18 or over, or age unknown), `unregisteredIncome`, `spouse`, `disability`,
 * `minor`, `nonLocalHukou`, `student`. The others once per application; `none` never (the kind
 * is listed so that forms asking for it are linted).
 */
export type AppliesTo =
  | "always"
  | "adultMember"
  | "agent"
  | "medicalExpense"
  | "unregisteredIncome"
  | "spouse"
  | "disability"
  | "minor"
  | "nonLocalHukou"
  | "student"
  | "residenceElsewhere"
  | "none";

export interface BilingualText {
  zh: string;
  en: string;
}

/** One kind of document, as `documentCatalog()` returns it. */
export interface DocumentKind {
  id: DocumentKindId;
  name: BilingualText;
  /** Other names people write (户口本, 户口页…), matched inside form labels. */
  aliases: string[];
  /** The office obtains it by information sharing: never request it from the applicant. */
  obtainableBySharing: boolean;
  /** The department or system holding it (shareable kinds), else null. */
  holder: BilingualText | null;
  legalBasis: BilingualText[];
  /** Obtained only with the applicant's written verification authorisation (bank deposits…). */
  authorizationRequired: boolean;
  appliesTo: AppliesTo;
  /** The assistance categories it is limited to; empty for all. */
  categories: AssistanceCategory[];
  /** False where the fact is not verified (docs/domain.md §5): a default a portal may override. */
  verified: boolean;
}

/**
 * A catalogue to load: the array `documentCatalog()` returns (edited), or the shape of
 * data/documents.json, where a legal basis may be the key of an entry of `legalBases`.
 */
export type DocumentKindData = Omit<
  DocumentKind,
  "aliases" | "holder" | "legalBasis" | "authorizationRequired" | "categories" | "verified"
> & {
  aliases?: string[];
  holder?: BilingualText | null;
  legalBasis?: (BilingualText | string)[];
  authorizationRequired?: boolean;
  categories?: AssistanceCategory[];
  verified?: boolean;
};

export type DocumentCatalogData =
  | DocumentKindData[]
  | { legalBases?: Record<string, BilingualText>; kinds: DocumentKindData[] };

/** A portal's form definition: what its application form asks the applicant to upload or bring. */
export interface FormDefinition {
  id: string;
  category?: AssistanceCategory;
  documents: FormDocument[];
}

export interface FormDocument {
  /** A catalogue id, or "other"; when absent or "other" the label's words say what is asked. */
  kind?: DocumentKindId | "other";
  /** What the form shows, e.g. "户口本复印件". */
  label: string;
  required?: boolean;
}

/** One problem of a form definition. */
export interface FormViolation {
  code: FormViolationCode;
  /** Where: `documents.3`, `documents.3.kind`, `documents` (a missing document), `category`… */
  path: string;
  /** What to do, for the portal developer, in the requested language. */
  message: string;
  /** The catalogue kind concerned, if any. */
  kind: DocumentKindId | null;
  /** Where the office gets it instead (forbidden requests), else null. */
  source: string | null;
  legalBasis: string[];
  /** False when the catalogue's fact behind the violation is not verified. */
  verified: boolean;
}

export interface RequestableOptions extends LocaleOptions {
  /** The day ages are counted on. Absent, today in China Standard Time; `null`: the application's
   * `submittedOn`. */
  today?: IsoDate | null;
}

/** A document the portal may ask the applicant for. */
export interface DocumentRequest {
  kind: DocumentKindId;
  name: string;
  /** Why, in words ("张三已成年，须本人签署"). */
  reason: string;
  /** Whom or what it concerns: `members.1`, `agent`, `expenses.medical`; absent for the household. */
  path?: string;
  legalBasis: string[];
  verified: boolean;
}

/** A document the office obtains itself: show it to the applicant as "no need to bring". */
export interface ObtainedDocument {
  kind: DocumentKindId;
  name: string;
  source: string | null;
  authorizationRequired: boolean;
  legalBasis: string[];
  verified: boolean;
}

/** The answer of `requestableDocuments` (not a validation report: any application gets one). */
export interface RequestableDocuments {
  /** In catalogue order; per-member documents once per member. */
  request: DocumentRequest[];
  obtainedByOffice: ObtainedDocument[];
  /** "无需提交，工作人员将通过数据共享核验：…" ("" when nothing is obtained by sharing). */
  notice: string;
}

/** The catalogue in force. */
export function documentCatalog(): DocumentKind[];
/**
 * Replaces the catalogue. Bad data throws (`invalidDocumentCatalog`, with the path) and keeps the
 * old one. Returns the number of kinds loaded.
 */
export function loadDocumentCatalog(data: DocumentCatalogData, opts?: LocaleOptions): number;
/**
 * Checks a form definition: forbidden requests (by kind, or by the label's words when the kind is
 * absent or "other"), unknown kinds, missing applicant documents, duplicates. Never throws for the
 * definition; an empty array means it is fine.
 */
export function lintFormDefinition(def: FormDefinition | object, opts?: LocaleOptions): FormViolation[];
/**
 * What an application (the application model; `members[].birthDate`, else the birth date in the ID
 * number, gives ages; `monthlyIncome.other` or `unregisteredIncome` > 0 is income no register
 * holds) may be asked for, and what the office obtains itself. Never throws for the application.
 */
export function requestableDocuments(app: object, opts?: RequestableOptions): RequestableDocuments;
