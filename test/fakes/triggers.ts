/**
 * ScriptApp's installable triggers: builders, the project's triggers per user, deletion.
 *
 * What Google documents (developers.google.com/apps-script/guides/triggers/installable, the
 * ClockTriggerBuilder reference and the Quotas page), and what this fake does about it:
 * - An installable trigger always runs under the account of the person who created it; another account
 *   cannot see it. Here every trigger records its owner (Session's active user when `create()` ran) and
 *   `getProjectTriggers`/`getUserTriggers` list only the current user's.
 * - `getUserTriggers(spreadsheet)` lists the current user's triggers for that spreadsheet in this
 *   project; a time-driven trigger belongs to no document, so it is not among them.
 * - A time-driven trigger's time "may be slightly randomized": a 9 am daily trigger runs once at some
 *   minute between 9 and 10 and keeps that minute. `atHour` takes 0–23; `everyMinutes` only 1, 5, 10, 15
 *   or 30. Add-ons may run a time-driven trigger at most once an hour.
 * - Quota: 20 triggers per user per script ("Triggers: 20 / user / script"). Past it `create()` fails.
 *   The error's wording is ASSUMED (not found in the reference): "This script has too many triggers.
 *   Triggers must be deleted from the script before more can be added."
 * - Scopes: `newTrigger`, `timeBased`, `getProjectTriggers`, `getUserTriggers`, `deleteTrigger` and the
 *   Trigger getters need script.scriptapp; `forSpreadsheet` a spreadsheets scope (the generated table).
 *   A simple trigger (LIMITED) may not create or list triggers.
 * - A handler name need not exist when the trigger is created (Google fails only when it fires); the
 *   harness reports a missing handler when it fires one.
 * Validation messages for bad builder arguments are ASSUMED wording (Google's are "Invalid argument: …").
 */
import { real } from './real';
import type { FakeRuntime } from './runtime';
import { fakeEnum } from './enums';

export const EventType = fakeEnum<typeof GoogleAppsScript.Script.EventType>(['CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED']);
export const TriggerSource = fakeEnum<typeof GoogleAppsScript.Script.TriggerSource>(['SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR']);

export type EventTypeName = 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_FORM_SUBMIT' | 'ON_CHANGE';

/** When a time-driven trigger fires (what the builder was told). */
export interface ClockSchedule {
  everyMinutes?: number;
  everyHours?: number;
  everyDays?: number;
  everyWeeks?: number;
  atHour?: number;
  nearMinute?: number;
  onWeekDay?: string;
  onMonthDay?: number;
  timeZone?: string;
  /** One-off: at this instant (ms). */
  atMs?: number;
}

/** One installed trigger, as stored on Google's side. */
export interface TriggerRecord {
  readonly id: string;
  readonly handler: string;
  readonly owner: string;
  readonly eventType: EventTypeName;
  /** The spreadsheet's ID for a spreadsheet trigger; null for a clock trigger. */
  readonly sourceId: string | null;
  readonly schedule: ClockSchedule | null;
  readonly createdMs: number;
}

export const TRIGGERS_PER_USER_PER_SCRIPT = 20;
export const TOO_MANY_TRIGGERS = 'This script has too many triggers. Triggers must be deleted from the script before more can be added.';

/** The project's installed triggers, shared by every user of the script. */
export class TriggerStore {
  readonly all: TriggerRecord[] = [];
  private next = 4_021_337_000_000_000_000n;
  newId(): string {
    this.next += 7919n;
    return this.next.toString();
  }
  ownedBy(user: string): TriggerRecord[] {
    return this.all.filter((t) => t.owner === user);
  }
  clockTriggers(): TriggerRecord[] {
    return this.all.filter((t) => t.eventType === 'CLOCK');
  }
}

export class FakeTrigger implements GoogleAppsScript.Script.Trigger {
  constructor(
    private readonly rt: FakeRuntime,
    readonly record: TriggerRecord,
  ) {}
  private c(m: string): void {
    this.rt.call('ScriptApp', `Trigger.${m}`);
  }
  getEventType(): GoogleAppsScript.Script.EventType {
    this.c('getEventType');
    return EventType[this.record.eventType];
  }
  getHandlerFunction(): string {
    this.c('getHandlerFunction');
    return this.record.handler;
  }
  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    this.c('getTriggerSource');
    return this.record.eventType === 'CLOCK' ? TriggerSource.CLOCK : TriggerSource.SPREADSHEETS;
  }
  getTriggerSourceId(): string {
    this.c('getTriggerSourceId');
    // A clock trigger has no source document: Google answers null although the type says string.
    return this.record.sourceId as string;
  }
  getUniqueId(): string {
    this.c('getUniqueId');
    return this.record.id;
  }
}

/** What every builder needs to create a trigger. */
interface BuildContext {
  rt: FakeRuntime;
  store: TriggerStore;
  handler: string;
  user: () => string;
  now: () => number;
}

function install(ctx: BuildContext, eventType: EventTypeName, sourceId: string | null, schedule: ClockSchedule | null): GoogleAppsScript.Script.Trigger {
  const owner = ctx.user();
  if (ctx.store.ownedBy(owner).length >= TRIGGERS_PER_USER_PER_SCRIPT) ctx.rt.fail(TOO_MANY_TRIGGERS);
  const record: TriggerRecord = { id: ctx.store.newId(), handler: ctx.handler, owner, eventType, sourceId, schedule, createdMs: ctx.now() };
  ctx.store.all.push(record);
  return real(new FakeTrigger(ctx.rt, record));
}

const MINUTE_STEPS = new Set([1, 5, 10, 15, 30]);

export class FakeClockTriggerBuilder implements Pick<
  GoogleAppsScript.Script.ClockTriggerBuilder,
  'after' | 'at' | 'atHour' | 'create' | 'everyDays' | 'everyHours' | 'everyMinutes' | 'everyWeeks' | 'inTimezone' | 'nearMinute' | 'onMonthDay' | 'onWeekDay'
> {
  private readonly s: ClockSchedule = {};
  constructor(private readonly ctx: BuildContext) {}
  private c(m: string): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.ctx.rt.call('ScriptApp', `ClockTriggerBuilder.${m}`);
    return real(this);
  }
  private whole(n: number, min: number, max: number, what: string): void {
    if (!Number.isInteger(n) || n < min || n > max) this.ctx.rt.fail(`Invalid argument: ${what}`);
  }
  after(ms: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    const b = this.c('after');
    this.s.atMs = this.ctx.now() + ms;
    return b;
  }
  at(date: GoogleAppsScript.Base.Date): GoogleAppsScript.Script.ClockTriggerBuilder {
    const b = this.c('at');
    this.s.atMs = (date as unknown as Date).getTime();
    return b;
  }
  atHour(hour: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    const b = this.c('atHour');
    this.whole(hour, 0, 23, 'hour');
    this.s.atHour = hour;
    return b;
  }
  everyDays(n: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    const b = this.c('everyDays');
    this.whole(n, 1, 10_000, 'n');
    this.s.everyDays = n;
    return b;
  }
  everyHours(n: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    const b = this.c('everyHours');
    this.whole(n, 1, 10_000, 'n');
    this.s.everyHours = n;
    return b;
  }
  everyMinutes(n: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    const b = this.c('everyMinutes');
    if (!MINUTE_STEPS.has(n)) this.ctx.rt.fail('Invalid argument: minutes. Must be one of 1, 5, 10, 15 or 30.');
    this.s.everyMinutes = n;
    return b;
  }
  everyWeeks(n: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    const b = this.c('everyWeeks');
    this.whole(n, 1, 10_000, 'n');
    this.s.everyWeeks = n;
    return b;
  }
  inTimezone(tz: string): GoogleAppsScript.Script.ClockTriggerBuilder {
    const b = this.c('inTimezone');
    this.s.timeZone = tz;
    return b;
  }
  nearMinute(minute: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    const b = this.c('nearMinute');
    this.whole(minute, 0, 59, 'minute');
    this.s.nearMinute = minute;
    return b;
  }
  onMonthDay(day: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    const b = this.c('onMonthDay');
    this.whole(day, 1, 31, 'day');
    this.s.onMonthDay = day;
    return b;
  }
  onWeekDay(day: GoogleAppsScript.Base.Weekday): GoogleAppsScript.Script.ClockTriggerBuilder {
    const b = this.c('onWeekDay');
    this.s.onWeekDay = String(day);
    return b;
  }
  create(): GoogleAppsScript.Script.Trigger {
    this.ctx.rt.call('ScriptApp', 'ClockTriggerBuilder.create');
    const s = this.s;
    const recurring = s.everyMinutes ?? s.everyHours ?? s.everyDays ?? s.everyWeeks ?? s.onWeekDay ?? s.onMonthDay;
    // ASSUMED wording: Google refuses a clock trigger with no schedule, and atHour without a daily/weekly recurrence.
    if (s.atHour !== undefined && s.everyDays === undefined && s.everyWeeks === undefined && s.onWeekDay === undefined && s.onMonthDay === undefined) {
      this.ctx.rt.fail('atHour() needs everyDays(), everyWeeks(), onWeekDay() or onMonthDay().');
    }
    if (recurring === undefined && s.atMs === undefined) this.ctx.rt.fail('A time-based trigger needs a schedule (everyDays, everyHours, at…).');
    return install(this.ctx, 'CLOCK', null, { ...s });
  }
}

export class FakeSpreadsheetTriggerBuilder implements GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
  private event: EventTypeName | null = null;
  constructor(
    private readonly ctx: BuildContext,
    private readonly spreadsheetId: string,
  ) {}
  private on(m: string, event: EventTypeName): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    this.ctx.rt.call('ScriptApp', `SpreadsheetTriggerBuilder.${m}`);
    this.event = event;
    return real(this);
  }
  onEdit(): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    return this.on('onEdit', 'ON_EDIT');
  }
  onChange(): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    return this.on('onChange', 'ON_CHANGE');
  }
  onOpen(): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    return this.on('onOpen', 'ON_OPEN');
  }
  onFormSubmit(): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    return this.on('onFormSubmit', 'ON_FORM_SUBMIT');
  }
  create(): GoogleAppsScript.Script.Trigger {
    this.ctx.rt.call('ScriptApp', 'SpreadsheetTriggerBuilder.create');
    if (this.event === null) this.ctx.rt.fail('A spreadsheet trigger needs an event (onEdit, onChange, onOpen, onFormSubmit).');
    return install(this.ctx, this.event, this.spreadsheetId, null);
  }
}

export class FakeTriggerBuilder implements Pick<GoogleAppsScript.Script.TriggerBuilder, 'timeBased' | 'forSpreadsheet'> {
  constructor(
    private readonly ctx: BuildContext,
    private readonly spreadsheetIds: (value: unknown) => string | null,
  ) {}
  timeBased(): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.ctx.rt.call('ScriptApp', 'TriggerBuilder.timeBased');
    return real(new FakeClockTriggerBuilder(this.ctx));
  }
  forSpreadsheet(sheet: GoogleAppsScript.Spreadsheet.Spreadsheet | string): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    this.ctx.rt.call('ScriptApp', 'TriggerBuilder.forSpreadsheet');
    const id = this.spreadsheetIds(sheet);
    if (id === null) this.ctx.rt.fail('Invalid argument: sheet');
    return real(new FakeSpreadsheetTriggerBuilder(this.ctx, id));
  }
}
