package dev.awsmcp.core.policy.iam;

/**
 * The {@code Arn*} condition operators compare ARNs component by component: partition,
 * service, region, account and resource, each with wildcards that do not reach into the next
 * component (the resource, the sixth part, keeps its own colons).
 */
final class ArnPattern {
  private static final int COMPONENTS = 6;

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
}
