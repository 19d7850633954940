/** Sending outreach mail over SMTP (Jakarta Mail, Eclipse Angus): the adapter behind outreach's MailSender port. */
package io.microscout.mail;
