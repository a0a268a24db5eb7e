package dev.awsmcp.core.policy.iam;

/**
 * ARNs compared component by component: partition, service, region, account and resource. The
 * {@code Arn*} condition operators work this way, with wildcards that do not reach into the next
 * component (the resource, the sixth part, keeps its own colons). The guard also compares a
 * Resource pattern this way against an ARN whose account it does not know.
 */
final class ArnPattern {
  private static final int COMPONENTS = 6;
  private static final int ACCOUNT = 4;
  private static final String SOME_ACCOUNT = "000000000000";

  private ArnPattern() {}

  static boolean matches(String pattern, String arn) {
    String[] want = pattern.split(":", COMPONENTS);
    String[] got = arn.split(":", COMPONENTS);
    if (want.length != COMPONENTS || got.length != COMPONENTS) {
      return false;
    }
    for (int i = 0; i < COMPONENTS; i++) {
      if (!Glob.of(want[i], false).matches(got[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * How far a Resource pattern covers {@code arn}, whose account is {@code *} because the guard
   * does not know the caller's account: fully when the pattern's account is {@code *}, in part
   * when it names an account (it may be the caller's), not when any other component differs. A
   * pattern whose wildcards span components ({@code arn:aws:dynamodb:*}) is matched as a whole.
   */
  static Coverage inAnyAccount(Glob pattern, String arn) {
    String[] want = pattern.toString().split(":", COMPONENTS);
    String[] got = arn.split(":", COMPONENTS);
    if (want.length != COMPONENTS || got.length != COMPONENTS) {
      got[Math.min(ACCOUNT, got.length - 1)] = SOME_ACCOUNT;
      return pattern.matches(String.join(":", got)) ? Coverage.ALL : Coverage.NONE;
    }
    for (int i = 0; i < COMPONENTS; i++) {
      if (i != ACCOUNT && !Glob.of(want[i], false).matches(got[i])) {
        return Coverage.NONE;
      }
    }
    return Glob.of(want[ACCOUNT], false).matchesEverything() ? Coverage.ALL : Coverage.SOME;
  }
}
