import {
  allowedCaseActions, maskIdentifier, maskPhone, type CaseCertificateView, type CaseEventView, type CaseParty, type CaseStatus, type CaseSummary,
  type CaseView, type CorrectionRequest, type DeadlineView, type FileView, type FormField, type MaterialSubmission,
} from '@yiwang/contracts';
import type { CaseEventRow, CaseRow, CaseStepRow, FileRow } from './cases.repository.js';
import type { MaterialSpec } from './case-input.js';

export const presentFile = (f: FileRow): FileView => ({ id: f.id, name: f.name, size: f.size, mime: f.mime, sha256: f.sha256 });

export function presentSummary(row: CaseRow, deadline: DeadlineView | null): CaseSummary {
  return {
    id: row.id, number: row.number, itemName: row.itemName,
    department: { id: row.departmentId, name: row.departmentName }, region: { code: row.regionCode, name: row.regionName },
    applicantName: row.applicantName, applicantKind: row.applicantKind as CaseSummary['applicantKind'],
    status: row.status as CaseStatus, channel: row.channel as CaseSummary['channel'],
    submittedAt: row.submittedAt?.toISOString() ?? null, acceptedAt: row.acceptedAt?.toISOString() ?? null,
    deadline, updatedAt: row.updatedAt.toISOString(),
  };
}

export const presentEvent = (e: CaseEventRow): CaseEventView => ({
  seq: e.seq, stepId: e.stepId, action: e.action, actorName: e.actorName, role: e.role, at: e.at.toISOString(),
  channel: e.channel as CaseEventView['channel'], place: e.place, opinion: e.opinion, data: e.data as Record<string, unknown>,
});

/** Form values as staff see them: phone and ID numbers masked (the applicant sees their own in full). */
function maskedValues(form: FormField[], values: Record<string, unknown>): Record<string, unknown> {
  const kinds = new Map(form.map((f) => [f.key, f.type]));
  return Object.fromEntries(Object.entries(values).map(([k, v]) => {
    if (typeof v !== 'string') return [k, v];
    if (kinds.get(k) === 'phone') return [k, maskPhone(v)];
    if (kinds.get(k) === 'id-number') return [k, maskIdentifier(v)];
    return [k, v];
  }));
}

/** The whole case, identifiers masked, with the actions the viewer's party may take now. */
export function presentCase(input: {
  row: CaseRow; steps: CaseStepRow[]; events: CaseEventRow[]; files: FileRow[]; party: CaseParty | null;
  caseDeadline: DeadlineView | null; stepDeadlines: Map<string, DeadlineView>;
  /** The certificates presented for its materials, as checked now. */
  certificates: Map<string, CaseCertificateView>;
}): CaseView {
  const { row, steps, events, files, party } = input;
  const byId = new Map(files.map((f) => [f.id, f]));
  const given = new Map((row.materials as MaterialSubmission[]).map((m) => [m.index, m]));
  const specs = row.materialNames as MaterialSpec[];
  return {
    ...presentSummary(row, input.caseDeadline),
    item: { id: row.itemId, name: row.itemName, implCode: row.implCode, promisedWorkdays: row.promisedWorkdays },
    applicant: {
      name: row.applicantName,
      idNumber: row.applicantIdNumber ? maskIdentifier(row.applicantIdNumber) : null,
      uscc: row.applicantUscc,
      phone: maskPhone(row.applicantPhone),
    },
    form: row.form as FormField[],
    formValues: party === 'applicant' ? (row.formValues as Record<string, unknown>) : maskedValues(row.form as FormField[], row.formValues as Record<string, unknown>),
    materials: specs.map((spec, index) => ({ spec, index })).filter(({ spec }) => !spec.cancelled).map(({ spec, index }) => {
      const m = given.get(index);
      return {
        index, name: spec.name, required: spec.required, sharedDataAllowed: spec.sharedData, certificateTypes: spec.certificateTypes ?? [],
        mode: m?.mode ?? null,
        files: (m?.fileIds ?? []).map((id) => byId.get(id)).filter((f): f is FileRow => Boolean(f)).map(presentFile),
        certificate: m?.mode === 'certificate' && m.certificateId ? (input.certificates.get(m.certificateId) ?? null) : null,
      };
    }),
    steps: steps.map((s) => ({
      id: s.id, stage: s.stage, stageName: s.stageName, name: s.name, department: { id: s.departmentId, name: s.departmentName },
      role: s.role, status: s.status as CaseView['steps'][number]['status'], startedAt: s.startedAt?.toISOString() ?? null,
      decidedAt: s.decidedAt?.toISOString() ?? null, opinion: s.opinion, deadline: input.stepDeadlines.get(s.id) ?? null,
      specialProcedures: (s.pauses as CaseView['steps'][number]['specialProcedures']),
      extensions: (s.extensions as CaseView['steps'][number]['extensions']),
    })),
    correction: (row.correction as CorrectionRequest | null) ?? null,
    delivery: (row.delivery as Record<string, unknown> | null) ?? null,
    events: events.map(presentEvent),
    actions: party ? allowedCaseActions(row.status as CaseStatus, party) : [],
    version: row.version,
  };
}
