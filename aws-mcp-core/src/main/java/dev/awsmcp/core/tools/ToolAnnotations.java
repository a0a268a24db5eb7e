package dev.awsmcp.core.tools;

/**
 * What a client may assume about a tool, as MCP's tool annotations say it; hints, never a
 * guarantee (the engine's policy is the guarantee).
 *
 * @param readOnly the tool changes nothing
 * @param destructive it may delete or overwrite (meaningful when not read-only)
 * @param idempotent calling it again with the same arguments has no further effect
 * @param openWorld it reaches systems outside the process (AWS, the documentation site)
 */
public record ToolAnnotations(boolean readOnly, boolean destructive, boolean idempotent, boolean openWorld) {
  /** A tool that only reads from the outside world. */
  public static ToolAnnotations outsideRead() {
    return new ToolAnnotations(true, false, true, true);
  }
}
