// A TypeScript consumer of the deadlines: compiles only if the declarations are real.
import {
  caseTimeline,
  disbursementSchedule,
  timelineSvg,
  type CaseEvents,
  type Disbursement,
  type StepStatus,
  type Timeline,
} from 'jiuzhu';

const events: CaseEvents = { acceptedOn: '2026-03-02', decidedOn: null };
const timeline: Timeline = caseTimeline(events, { today: '2026-03-05', publicity: { unit: 'workingDays' } });
const status: StepStatus = timeline.steps[0].status;
const due: string | null = timeline.steps[0].dueOn;
const svg: string = timelineSvg(events, { locale: 'en' });
const month: Disbursement = disbursementSchedule(2026, 2);
const payDay: string | null = month.paymentDue.dueOn;
const moved: string[] = month.earlyClosing.holidays.map((h) => h.name);

// @ts-expect-error: statuses are a closed set
const wrong: StepStatus = 'late';
// @ts-expect-error: the publicity unit is calendarDays or workingDays
caseTimeline(events, { publicity: { unit: 'weeks' } });

export { status, due, svg, payDay, moved, wrong };
