/**
 * MailApp: sends e-mail on the user's behalf, within a daily recipient quota.
 *
 * From Google's "Quotas for Google Services" page: e-mail recipients per day (MailApp) are 100 for
 * consumer accounts (gmail.com) and 1,500 for Google Workspace; quotas are per user and reset 24 hours
 * after the first request; past a quota the script throws and stops. MailApp's reference:
 * `getRemainingDailyQuota()` "returns the number of recipients you can send emails to for the rest of
 * the day"; quotas count recipients (to + cc + bcc), not messages. The over-quota message is the one
 * users report from real runs: "Service invoked too many times for one day: email." The invalid
 * address message ("Invalid email: x") is as users report it too (not in the reference).
 * Both methods need script.send_mail (the generated table).
 *
 * Here the quota is per fake user; `newDay()` resets it (a test's simulated day), `remaining` can be set.
 */
import type { FakeRuntime } from './runtime';

export interface SentEmail {
  readonly from: string;
  readonly to: readonly string[];
  readonly cc: readonly string[];
  readonly bcc: readonly string[];
  readonly subject: string;
  readonly body: string;
  readonly htmlBody: string | null;
  readonly name: string | null;
  readonly replyTo: string | null;
  /** The clock of the sending script (ms). */
  readonly atMs: number;
}

export const OVER_QUOTA = 'Service invoked too many times for one day: email.';
export const CONSUMER_DAILY_RECIPIENTS = 100;

const ADDRESS = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

function addresses(list: string | undefined): string[] {
  return (list ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export class FakeMailApp implements GoogleAppsScript.Mail.MailApp {
  /** Every message sent, in order (tests read it). */
  readonly sent: SentEmail[] = [];
  /** Recipients each user may still send to today. */
  private readonly left = new Map<string, number>();
  dailyLimit = CONSUMER_DAILY_RECIPIENTS;
  now: () => number = () => Date.now();

  constructor(
    private readonly rt: FakeRuntime,
    private readonly user: () => string,
  ) {}

  /** A new quota day: every user gets `limit` recipients again. */
  newDay(limit: number = this.dailyLimit): void {
    this.dailyLimit = limit;
    this.left.clear();
  }

  /** Sets the current user's remaining recipients for today. */
  set remaining(n: number) {
    this.left.set(this.user(), n);
  }

  get remaining(): number {
    return this.left.get(this.user()) ?? this.dailyLimit;
  }

  getRemainingDailyQuota(): number {
    this.rt.call('MailApp', 'getRemainingDailyQuota');
    return this.remaining;
  }

  sendEmail(message: GoogleAppsScript.Mail.MailAdvancedParameters): void;
  sendEmail(recipient: string, subject: string, body: string): void;
  sendEmail(recipient: string, subject: string, body: string, options: GoogleAppsScript.Mail.MailAdvancedParameters): void;
  sendEmail(to: string, replyTo: string, subject: string, body: string): void;
  sendEmail(a: string | GoogleAppsScript.Mail.MailAdvancedParameters, b?: string, c?: string, d?: string | GoogleAppsScript.Mail.MailAdvancedParameters): void {
    this.rt.call('MailApp', 'sendEmail');
    let m: GoogleAppsScript.Mail.MailAdvancedParameters;
    if (typeof a === 'object' && a !== null) m = a;
    else if (typeof d === 'string') m = { to: a, replyTo: b, subject: c, body: d };
    else if (typeof a === 'string' && typeof b === 'string' && typeof c === 'string') m = { ...(d ?? {}), to: a, subject: b, body: c };
    else return this.rt.fail("The parameters don't match the method signature for MailApp.sendEmail.");
    const to = addresses(m.to);
    const cc = addresses(m.cc);
    const bcc = addresses(m.bcc);
    const all = [...to, ...cc, ...bcc];
    if (all.length === 0) this.rt.fail('Failed to send email: no recipient');
    for (const address of all) if (!ADDRESS.test(address)) this.rt.fail(`Invalid email: ${address}`);
    if (typeof m.subject !== 'string') this.rt.fail('Invalid argument: subject');
    if (all.length > this.remaining) this.rt.fail(OVER_QUOTA);
    this.left.set(this.user(), this.remaining - all.length);
    this.sent.push({
      from: this.user(),
      to,
      cc,
      bcc,
      subject: m.subject,
      body: m.body ?? '',
      htmlBody: m.htmlBody ?? null,
      name: m.name ?? null,
      replyTo: m.replyTo ?? null,
      atMs: this.now(),
    });
  }
}
