/**
 * Outreach: a workspace's pipeline of creators from shortlist to payment (stages, the moves allowed between them,
 * every move kept with its author, time and note), the agreed terms the campaigns side reads, message templates,
 * the opt-out record, and what a send may mail today. Stored through the {@link io.microscout.outreach.OutreachRecords}
 * port; mail leaves through {@link io.microscout.outreach.MailSender}.
 */
package io.microscout.outreach;
