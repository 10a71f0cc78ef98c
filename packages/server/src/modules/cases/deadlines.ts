import {
  caseDeadline, deadlineStatus, unknownYearMessage, type CasePause, type DeadlineThresholds, type DeadlineView,
  type WorkingCalendar,
} from '@yiwang/contracts';
import type { CaseRow, CaseStepRow } from './cases.repository.js';

/** A special procedure as a step keeps it. */
export interface StoredPause extends CasePause { kind: string; reason: string }
export interface StoredExtension { workdays: number; reason: string; at: string }

const pausesOf = (s: CaseStepRow) => s.pauses as StoredPause[];
const extensionsOf = (s: CaseStepRow) => s.extensions as StoredExtension[];

function view(cal: WorkingCalendar, acceptedOn: string, limit: number, pauses: CasePause[], extensions: { workdays: number }[],
  asOf: string, thresholds: DeadlineThresholds, concluded: boolean): DeadlineView {
  const d = caseDeadline(cal, { acceptedOn, limitWorkdays: limit, pauses, extensions, asOf });
  if (!d.known) return { known: false, due: null, remainingWorkdays: null, level: null, paused: false, message: unknownYearMessage(d.year) };
  if (concluded) return { known: true, due: d.due, remainingWorkdays: null, level: null, paused: false, message: null };
  const s = deadlineStatus(cal, { due: d.due, asOf, totalWorkdays: d.totalWorkdays, thresholds });
  if (!s.known) return { known: false, due: d.due, remainingWorkdays: null, level: null, paused: d.paused, message: unknownYearMessage(s.year) };
  return { known: true, due: d.due, remainingWorkdays: s.remainingWorkdays, level: d.paused ? 'normal' : s.level, paused: d.paused, message: null };
}

/**
 * 时限 of each step and of the case. Every department's step has its own clock: the case's limit from acceptance,
 * moved by its own special procedures and extensions and by those of the stages before it (serial stages wait
 * for each other; side-by-side steps do not). The case is due when its latest step is, and stays on the clock
 * until it is concluded, whichever of its steps are decided (a decided step's own view has no time left to show).
 */
export function deadlines(cal: WorkingCalendar, row: CaseRow, steps: CaseStepRow[], asOf: string, thresholds: DeadlineThresholds) {
  const byStep = new Map<string, DeadlineView>();
  if (!row.acceptedOn) return { caseDeadline: null, byStep };
  const concluded = row.concludedAt !== null;
  const stages = [...new Set(steps.map((s) => s.stage))].sort((a, b) => a - b);
  let carriedPauses: CasePause[] = [];
  let carriedExt: { workdays: number }[] = [];
  let unknown: DeadlineView | null = null;
  for (const stage of stages) {
    const inStage = steps.filter((s) => s.stage === stage);
    let slowest: { step: CaseStepRow; due: string } | null = null;
    for (const s of inStage) {
      const own = view(cal, row.acceptedOn, row.promisedWorkdays, [...carriedPauses, ...pausesOf(s)], [...carriedExt, ...extensionsOf(s)],
        asOf, thresholds, concluded || s.status !== 'active');
      byStep.set(s.id, own);
      if (own.known && (!slowest || own.due! > slowest.due)) slowest = { step: s, due: own.due! };
      if (!own.known) unknown ??= own;
    }
    // The next stage starts after this one: the delays of its slowest step carry on.
    if (slowest) {
      carriedPauses = [...carriedPauses, ...pausesOf(slowest.step)];
      carriedExt = [...carriedExt, ...extensionsOf(slowest.step)];
    }
  }
  // The slowest chain of steps through the stages is the case's: its delays are the ones carried to the end.
  const overall = unknown ?? view(cal, row.acceptedOn, row.promisedWorkdays, carriedPauses, carriedExt, asOf, thresholds, concluded);
  return { caseDeadline: overall, byStep };
}
