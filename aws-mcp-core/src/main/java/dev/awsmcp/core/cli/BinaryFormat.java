package dev.awsmcp.core.cli;

/**
 * How blob values given as text are read ({@code --cli-binary-format}).
 *
 * <p>AWS CLI 1.45 has no {@code --cli-binary-format} option: it always sends blob text as its
 * bytes, and its {@code cli_binary_format} config setting only silences a CLI v2 migration
 * warning. CLI v2 reads blob text as base64 unless told {@code raw-in-base64-out}. In both, bytes
 * loaded with {@code fileb://} are sent as they are.
 */
public enum BinaryFormat {
  /** Blob text is sent as its UTF-8 bytes: CLI v1, and CLI v2's {@code raw-in-base64-out}. */
  RAW,
  /** Blob text is base64 and is decoded: CLI v2's default, {@code --cli-binary-format base64}. */
  BASE64
}
