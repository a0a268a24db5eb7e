package dev.awsmcp.api.docs;

import java.util.Locale;

/** Where a documentation answer came from, so an agent can weigh how current it is. */
public enum DocsSource {
  /** Fetched from AWS's documentation just now. */
  ONLINE,
  /** From the disk cache, younger than its time to live. */
  CACHE,
  /** From the disk cache, older than its time to live: served because the network failed or is off. */
  STALE_CACHE,
  /** Generated from the local AWS service models: no network involved. */
  OFFLINE_MODELS;

  /** The stable name used in JSON output, for example {@code stale_cache}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
