package dev.awsmcp.api.policy;

/** What the human said, or why no one answered. */
public enum ConsentAnswer {
  /** The human allowed this one command. */
  APPROVED,
  /** The human refused, cancelled, or did not answer in time. */
  DECLINED,
  /** There is no way to ask (no handler, or a client without elicitation). */
  UNAVAILABLE
}
