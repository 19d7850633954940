package io.microscout.outreach;

import io.microscout.creator.CreatorKey;

/** A message ready to leave: to whom, about which creator, subject and plain-text body. */
public record OutgoingMail(CreatorKey creator, String to, String subject, String body) {}
