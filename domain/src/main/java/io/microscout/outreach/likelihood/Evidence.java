package io.microscout.outreach.likelihood;

/** One known signal of a creator and offer: its value and the reason it rests on. */
public record Evidence(Signal signal, double value, String reason) {}
