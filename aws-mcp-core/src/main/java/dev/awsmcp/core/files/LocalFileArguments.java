package dev.awsmcp.core.files;

import dev.awsmcp.api.command.ParsedCommand;
import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.api.error.ErrorCode;
import java.util.Map;
import java.util.Optional;

/**
 * The sandbox's check of {@link ParsedCommand#localFileArguments()}: files CLI customizations
 * read or write around a call ({@code ec2 get-password-data --priv-launch-key},
 * {@code iot create-keys-and-certificate --certificate-pem-outfile}, {@code iam
 * create-virtual-mfa-device --outfile}). The engine does not open them today, but a command
 * naming a file the sandbox would refuse is refused before it reaches AWS, so a later feature
 * that writes them cannot become a way out.
 *
 * <p>Which is which goes by the CLI's names: {@code --priv-launch-key} is read, any
 * {@code ...outfile} argument is written, and others ({@code --bootstrap-method}) are not paths.
 */
public final class LocalFileArguments {
  private LocalFileArguments() {}

  /** The first refused argument as a {@code FILE_ERROR} or {@code OUTFILE_ERROR}; empty when all may be used. */
  public static Optional<CommandError> refusal(ParsedCommand command, FileSandbox files) {
    for (Map.Entry<String, String> a : command.localFileArguments().entrySet()) {
      String name = a.getKey();
      if (name.equals("--priv-launch-key")) {
        Optional<String> why = files.readRefusal(a.getValue());
        if (why.isPresent()) {
          return Optional.of(CommandError.forParameter(ErrorCode.FILE_ERROR, name, why.get()));
        }
      } else if (name.endsWith("outfile")) {
        OutputFile out = files.outputFile(a.getValue());
        if (!out.isAllowed()) {
          return Optional.of(CommandError.forParameter(ErrorCode.OUTFILE_ERROR, name, out.refusal().orElseThrow()));
        }
      }
    }
    return Optional.empty();
  }
}
