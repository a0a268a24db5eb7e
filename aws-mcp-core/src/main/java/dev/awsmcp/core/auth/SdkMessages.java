package dev.awsmcp.core.auth;

/** The useful part of an SDK failure: its message and, when that is empty, its causes'. */
final class SdkMessages {
  private SdkMessages() {}

  static String of(Throwable e) {
    StringBuilder sb = new StringBuilder();
    for (Throwable t = e; t != null && sb.length() < 600; t = t.getCause()) {
      String m = t.getMessage();
      if (m != null && !m.isBlank() && sb.indexOf(m) < 0) {
        sb.append(sb.length() == 0 ? "" : ": ").append(m.strip());
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return sb.length() == 0 ? e.getClass().getSimpleName() : sb.toString();
  }
}
