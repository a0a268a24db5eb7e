package dev.awsmcp.core.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.core.cli.CliArgument.Arity;
import dev.awsmcp.core.model.Member;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code configservice put-configuration-recorder --recording-group ...}
 * ({@code awscli/customizations/configservice/putconfigurationrecorder.py}): the
 * {@code recordingGroup} member of {@code ConfigurationRecorder} as an argument of its own, read
 * as shorthand or JSON against its shape and put into {@code ConfigurationRecorder}.
 *
 * <p>Not reproduced: the CLI also removes {@code recordingGroup} from the shape it reads
 * {@code --configuration-recorder} with, so a nested {@code recordingGroup} there is not
 * type-converted by its shorthand (it is here).
 */
final class RecordingGroupArgument implements OperationCustomization {
  @Override
  public void customizeTable(Map<String, CliArgument> table, ServiceModel service, Operation operation) {
    table.put("recording-group", CliArgument.custom("recording-group", Arity.ONE));
  }

  @Override
  public CommandError apply(Map<String, List<String>> given, ObjectNode params, ServiceModel service, Operation operation,
      ArgumentValueParser values) {
    List<String> words = given.get("recording-group");
    if (words == null) {
      return null;
    }
    Optional<Member> member = operation.inputShape().map(service::shape)
        .flatMap(in -> in.member("ConfigurationRecorder"))
        .flatMap(m -> m.target().member("recordingGroup"));
    if (member.isEmpty()) {
      return null;
    }
    ValueResult v = values.parse("--recording-group", member.get(), words);
    if (v.isError()) {
      return v.error();
    }
    if (!params.has("ConfigurationRecorder")) {
      params.putObject("ConfigurationRecorder");
    }
    JsonNode recorder = params.get("ConfigurationRecorder");
    if (!recorder.isObject()) {
      return CommandError.forParameter(ErrorCode.INVALID_TYPE, "--recording-group",
          "--recording-group is put into --configuration-recorder, which is not a structure");
    }
    ((ObjectNode) recorder).set("recordingGroup", v.value());
    return null;
  }
}
