package dev.awsmcp.server.http;

/** Decides whether a bearer token may use the server. Thread-safe. */
interface TokenVerifier {
  /**
   * The decision on one token: accepted (naming who it stands for, for the audit), rejected (with
   * a reason for the client), or undecidable for now.
   */
  record Verdict(boolean accepted, boolean unavailable, String reason, String caller) {
    static Verdict accepted(String caller) {
      return new Verdict(true, false, "", caller);
    }

    static Verdict rejected(String reason) {
      return new Verdict(false, false, reason, "");
    }

    /** The verifier could not decide (the issuer's keys could not be fetched): the client may retry. */
    static Verdict unavailable(String reason) {
      return new Verdict(false, true, reason, "");
    }
  }

  Verdict verify(String token);
}
