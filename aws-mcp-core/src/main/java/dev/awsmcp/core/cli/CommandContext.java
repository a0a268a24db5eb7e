package dev.awsmcp.core.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.command.CommandKind;
import dev.awsmcp.api.command.Pagination;
import dev.awsmcp.api.command.ParsedCommand;
import dev.awsmcp.api.command.RegionSource;
import java.util.Map;
import java.util.Optional;

/** The command line and its global options, and how they become a {@link ParsedCommand}. */
final class CommandContext {
  private final String commandLine;
  private final Map<GlobalOption, String> globals;

  CommandContext(String commandLine, Map<GlobalOption, String> globals) {
    this.commandLine = commandLine;
    this.globals = globals;
  }

  Optional<String> global(GlobalOption option) {
    return Optional.ofNullable(globals.get(option));
  }

  boolean noPaginate() {
    return globals.containsKey(GlobalOption.NO_PAGINATE);
  }

  BinaryFormat binaryFormat() {
    return "base64".equals(globals.get(GlobalOption.CLI_BINARY_FORMAT)) ? BinaryFormat.BASE64 : BinaryFormat.RAW;
  }

  ParsedCommand help(String cliService, String service, String cliOperation, String operation) {
    return base(cliService, service, cliOperation, operation)
        .kind(CommandKind.HELP)
        .region(global(GlobalOption.REGION).orElse(RegionResolver.FALLBACK),
            global(GlobalOption.REGION).isPresent() ? RegionSource.OPTION : RegionSource.DEFAULT)
        .build();
  }

  ParsedCommand operation(String cliService, String service, String cliOperation, String operation,
      ObjectNode params, Pagination pagination, String outfile, Map<String, String> localFiles, RegionResolver regions) {
    RegionResolver.Choice region = regions.resolve(service, global(GlobalOption.REGION), global(GlobalOption.PROFILE), params);
    ParsedCommand.Builder b = base(cliService, service, cliOperation, operation)
        .kind(CommandKind.OPERATION)
        .region(region.region(), region.source())
        .params(params)
        .pagination(pagination)
        .outfile(outfile);
    localFiles.forEach(b::localFileArgument);
    return b.build();
  }

  ParsedCommand custom(String cliService, String service, String command, ObjectNode params, RegionResolver regions) {
    RegionResolver.Choice region = regions.resolve(service, global(GlobalOption.REGION), global(GlobalOption.PROFILE), params);
    return base(cliService, service, command, command)
        .kind(CommandKind.CUSTOM)
        .region(region.region(), region.source())
        .params(params)
        .build();
  }

  private ParsedCommand.Builder base(String cliService, String service, String cliOperation, String operation) {
    ParsedCommand.Builder b = ParsedCommand.builder()
        .commandLine(commandLine)
        .cliService(cliService)
        .service(service)
        .cliOperation(cliOperation)
        .operation(operation)
        .profile(globals.get(GlobalOption.PROFILE))
        .endpointUrl(globals.get(GlobalOption.ENDPOINT_URL))
        .query(globals.get(GlobalOption.QUERY))
        .output(globals.get(GlobalOption.OUTPUT));
    globals.forEach((k, v) -> b.globalOption(k.cliName(), v));
    return b;
  }
}
