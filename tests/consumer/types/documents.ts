// A TypeScript consumer of document requests: compiles only if the declarations are real.
import {
  documentCatalog,
  lintFormDefinition,
  loadDocumentCatalog,
  requestableDocuments,
  type DocumentKind,
  type FormDefinition,
  type FormViolation,
  type RequestableDocuments,
} from 'jiuzhu';

const catalog: DocumentKind[] = documentCatalog();
const shareable: string[] = catalog.filter((k) => k.obtainableBySharing).map((k) => k.holder?.zh ?? '');
const def: FormDefinition = { id: 'f', category: 'minimumLiving', documents: [{ label: '户口本复印件', required: true }] };
const violations: FormViolation[] = lintFormDefinition(def, { locale: 'en' });
const paths: string[] = violations.map((v) => `${v.code}: ${v.path} ${v.source ?? ''}`);
const answer: RequestableDocuments = requestableDocuments({ members: [] }, { today: '2026-11-20' });
const notice: string = answer.notice;
const firstPath: string | undefined = answer.request[0]?.path;
const count: number = loadDocumentCatalog({ legalBases: { a: { zh: '依据', en: 'basis' } }, kinds: [
  { id: 'x', name: { zh: '某证', en: 'X' }, obtainableBySharing: true, holder: { zh: '某部门', en: 'a department' }, legalBasis: ['a'], appliesTo: 'always' },
] });

// @ts-expect-error: conditions are a closed set
const wrong: DocumentKind['appliesTo'] = 'sometimes';
// @ts-expect-error: a form document needs its label
const unlabelled: FormDefinition = { id: 'f', documents: [{ kind: 'householdRegister' }] };

export { shareable, paths, notice, firstPath, count, wrong, unlabelled };
