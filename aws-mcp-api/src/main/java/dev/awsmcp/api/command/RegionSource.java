package dev.awsmcp.api.command;

/** How the region of a command was chosen, in the order the engine tries them. */
public enum RegionSource {
  /** {@code --region} on the command line. */
  OPTION,
  /** The service is pinned to one region (for example {@code devicefarm} to us-west-2). */
  PINNED,
  /** The region inside the first ARN argument. */
  ARN,
  /** The configured default (builder, {@code AWS_REGION}, {@code AWS_DEFAULT_REGION}). */
  CONFIGURED,
  /** Nothing chose a region: {@code us-east-1}. */
  DEFAULT,
  /**
   * {@code --region *}: the command runs once in each region enabled for the account; {@link
   * ParsedCommand#region()} is {@code *} until the engine runs it per region.
   */
  EVERY_ENABLED_REGION
}
