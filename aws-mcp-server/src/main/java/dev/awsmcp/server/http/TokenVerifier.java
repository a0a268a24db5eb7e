package dev.awsmcp.server.http;

/** Decides whether a bearer token may use the server. Thread-safe. */
interface TokenVerifier {
  /** The decision on one token: accepted, rejected (with a reason for the client), or undecidable for now. */
  record Verdict(boolean accepted, boolean unavailable, String reason) {
    static final Verdict ACCEPTED = new Verdict(true, false, "");

    static Verdict rejected(String reason) {
      return new Verdict(false, false, reason);
    }

    /** The verifier could not decide (the issuer's keys could not be fetched): the client may retry. */
    static Verdict unavailable(String reason) {
      return new Verdict(false, true, reason);
    }
  }

  Verdict verify(String token);
}
