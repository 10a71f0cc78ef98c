import type { CreateCatalogItemRequest, ItemContent, ItemContentInput, Material, PowerSourceCode, TimeUnit } from '@yiwang/contracts';

/** The editor's values: ItemContent with an optional legal limit value (empty = 法律未规定). */
export type ItemFormValues = Omit<ItemContent, 'legalLimit'> & {
  legalLimit: { value: number | null; unit: TimeUnit };
};

/** Extra fields when creating an item: the catalog item (existing or new), department, power source. */
export interface CreateFormValues {
  catalogMode: 'existing' | 'new';
  catalogItemId?: string;
  catalogItem?: Partial<CreateCatalogItemRequest>;
  departmentId?: string;
  powerSource: PowerSourceCode;
}

export type EditorValues = ItemFormValues & Partial<CreateFormValues>;

export const NEW_MATERIAL: Material = {
  name: '',
  originals: 1,
  copies: 0,
  form: 'both',
  requirement: 'required',
  source: 'applicant',
  issuer: null,
  blankForm: null,
  sample: null,
  standard: '',
  legalBasis: null,
  replaceableByCertificates: [],
  sharedDataSource: null,
  cancelled: false,
};

export const EMPTY_CONTENT: ItemFormValues = {
  name: '',
  itemType: '01',
  serviceObjects: ['1'],
  legalLimit: { value: null, unit: 'working-day' },
  promisedLimit: { value: 1, unit: 'working-day' },
  caseType: '2',
  trips: 0,
  onsiteReason: null,
  notOneTripReason: null,
  onlineDepth: '4',
  conditions: '',
  legalBasis: '',
  processOnline: [],
  processOffline: [],
  location: '',
  hours: '',
  consultPhone: null,
  complaintPhone: null,
  fees: [],
  result: { name: '', type: 'approval', sample: null, certificateType: null },
  faqs: [],
  anywhereScope: null,
  supportsAppointment: false,
  supportsOnlinePayment: false,
  supportsExpress: false,
  personThemes: [],
  enterpriseThemes: [],
  materials: [],
  applicationForm: [],
  reviewFlow: [],
};

/** Content as the server sent it (materials may carry their derived `code`) → form values. */
export function contentToForm(content: Omit<ItemContent, 'materials'> & { materials: (Material & { code?: string })[] }): ItemFormValues {
  return {
    ...content,
    legalLimit: content.legalLimit ?? { value: null, unit: 'working-day' },
    materials: content.materials.map(({ code: _code, ...material }) => material),
  };
}

/** Empty text of a nullable field means "none". */
const orNull = (value: string | null | undefined): string | null => (value?.trim() ? value : null);

/** Form values → the input that ItemContent validates; empty optional fields become null. */
export function formToContent(values: EditorValues): ItemContentInput {
  const legal = values.legalLimit;
  return {
    name: values.name ?? '',
    itemType: values.itemType,
    serviceObjects: values.serviceObjects ?? [],
    legalLimit: legal && legal.value !== null && legal.value !== undefined ? { value: legal.value, unit: legal.unit } : null,
    promisedLimit: values.promisedLimit,
    caseType: values.caseType,
    trips: values.trips,
    onsiteReason: orNull(values.onsiteReason),
    notOneTripReason: values.notOneTripReason ?? null,
    onlineDepth: values.onlineDepth,
    conditions: values.conditions ?? '',
    legalBasis: values.legalBasis ?? '',
    processOnline: values.processOnline ?? [],
    processOffline: values.processOffline ?? [],
    location: values.location ?? '',
    hours: values.hours ?? '',
    consultPhone: orNull(values.consultPhone),
    complaintPhone: orNull(values.complaintPhone),
    fees: (values.fees ?? []).map((fee) => ({ ...fee, basis: fee.basis ?? '', reducible: fee.reducible ?? false })),
    result: { ...values.result, sample: orNull(values.result?.sample), certificateType: orNull(values.result?.certificateType) },
    faqs: values.faqs ?? [],
    anywhereScope: values.anywhereScope ?? null,
    supportsAppointment: values.supportsAppointment ?? false,
    supportsOnlinePayment: values.supportsOnlinePayment ?? false,
    supportsExpress: values.supportsExpress ?? false,
    personThemes: values.personThemes ?? [],
    enterpriseThemes: values.enterpriseThemes ?? [],
    materials: (values.materials ?? []).map((m) => ({
      ...m,
      issuer: orNull(m.issuer),
      blankForm: orNull(m.blankForm),
      sample: orNull(m.sample),
      standard: m.standard ?? '',
      legalBasis: orNull(m.legalBasis),
      sharedDataSource: orNull(m.sharedDataSource),
      replaceableByCertificates: m.replaceableByCertificates ?? [],
      cancelled: m.cancelled ?? false,
    })),
    applicationForm: (values.applicationForm ?? []).map((f) => ({
      ...f,
      help: f.help ?? '',
      // Options belong to a select only; a length limit to text.
      options: f.type === 'select' ? (f.options ?? []) : [],
      maxLength: f.type === 'text' || f.type === 'textarea' ? (f.maxLength ?? null) : null,
      required: f.required ?? false,
    })),
    reviewFlow: (values.reviewFlow ?? []).map((stage) => ({
      ...stage,
      steps: (stage.steps ?? []).map((step) => ({ ...step, sector: orNull(step.sector) })),
    })),
  };
}

/** The body of POST /api/admin/items from the form. */
export function formToCreateRequest(values: EditorValues) {
  const common = { departmentId: values.departmentId, powerSource: values.powerSource ?? '1', content: formToContent(values) };
  return values.catalogMode === 'new' ? { ...common, catalogItem: values.catalogItem ?? {} } : { ...common, catalogItemId: values.catalogItemId };
}
