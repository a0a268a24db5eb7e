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
 * deploy's {@code --s3-location bucket=b,key=k,bundleType=zip[,eTag=..,version=..]} and
 * {@code --github-location repository=r,commitId=c} ({@code awscli/customizations/codedeploy/locationargs.py}),
 * read as shorthand or JSON structures and repacked as {@code revision}
 * ({@code {"revisionType": "S3", "s3Location": {...}}} or {@code "GitHub"}), which becomes
 * optional. Not exclusive with {@code --revision}: they replace it, and {@code --github-location}
 * wins over {@code --s3-location}, in the CLI's table order.
 */
final class RevisionLocationArguments implements OperationCustomization {
  @Override
  public void customizeTable(Map<String, CliArgument> table, ServiceModel service, Operation operation) {
    table.put("s3-location", CliArgument.custom("s3-location", Arity.ONE));
    table.put("github-location", CliArgument.custom("github-location", Arity.ONE));
    CliArgument revision = table.get("revision");
    if (revision != null) {
      table.put("revision", new CliArgument(revision.name(), revision.kind(), revision.member(), revision.arity(), false,
          revision.hidden()));
    }
  }

  @Override
  public CommandError apply(Map<String, List<String>> given, ObjectNode params, ServiceModel service, Operation operation,
      ArgumentValueParser values) {
    for (String name : List.of("s3-location", "github-location")) {
      List<String> words = given.get(name);
      if (words == null) {
        continue;
      }
      boolean s3 = name.equals("s3-location");
      Optional<Member> member = operation.inputShape().map(service::shape)
          .flatMap(in -> in.member("revision"))
          .flatMap(m -> m.target().member(s3 ? "s3Location" : "gitHubLocation"));
      if (member.isEmpty()) {
        continue;
      }
      ValueResult v = values.parse("--" + name, member.get(), words);
      if (v.isError()) {
        return v.error();
      }
      JsonNode value = v.value();
      List<String> required = s3 ? List.of("bucket", "key", "bundleType") : List.of("repository", "commitId");
      if (!value.isObject() || !required.stream().allMatch(k -> CustomArgumentValues.truthy(value.get(k)))) {
        return CommandError.forParameter(ErrorCode.MISSING_REQUIRED, "--" + name, s3
            ? "--s3-location must specify bucket, key and bundleType."
            : "--github-location must specify repository and commitId.");
      }
      ObjectNode revision = params.putObject("revision");
      revision.put("revisionType", s3 ? "S3" : "GitHub");
      ObjectNode location = revision.putObject(s3 ? "s3Location" : "gitHubLocation");
      required.forEach(k -> location.set(k, value.get(k)));
      if (s3) {
        for (String optional : List.of("eTag", "version")) {
          if (value.has(optional)) {
            location.set(optional, value.get(optional));
          }
        }
      }
    }
    return null;
  }
}
