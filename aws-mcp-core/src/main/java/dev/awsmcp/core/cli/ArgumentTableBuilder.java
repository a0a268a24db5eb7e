package dev.awsmcp.core.cli;

import dev.awsmcp.core.cli.CliArgument.Arity;
import dev.awsmcp.core.cli.CliArgument.Kind;
import dev.awsmcp.core.model.Member;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.Paginator;
import dev.awsmcp.core.model.ServiceModel;
import dev.awsmcp.core.model.Shape;
import dev.awsmcp.core.model.ShapeType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Builds an operation's argument table the way the AWS CLI v1 does: one argument per top-level
 * input member ({@code --member-name}), booleans as {@code --x}/{@code --no-x}, lists taking
 * several words, then the CLI's customizations in its order — ec2's boolean structures,
 * pagination, the streaming outfile, argument renames, and {@code --cli-input-json}.
 */
final class ArgumentTableBuilder {
  private ArgumentTableBuilder() {}

  static ArgumentTable build(String cliService, String cliOperation, ServiceModel service, Operation op) {
    Map<String, CliArgument> table = new LinkedHashMap<>();
    Optional<Shape> input = op.inputShape().map(service::shape);
    if (input.isPresent()) {
      Shape in = input.get();
      for (Member m : in.members().values()) {
        String name = CliNames.xform(m.name());
        boolean required = in.isRequired(m.name()) && !m.traits().idempotencyToken();
        Shape target = m.target();
        if (target.type() == ShapeType.BOOLEAN) {
          table.put(name, new CliArgument(name, Kind.BOOLEAN_TRUE, m, Arity.NONE, required, false));
          String negated = "no-" + name;
          table.put(negated, new CliArgument(negated, Kind.BOOLEAN_FALSE, m, Arity.NONE, required, false));
        } else {
          Arity arity = target.type() == ShapeType.LIST ? Arity.ZERO_OR_MORE : Arity.ONE;
          table.put(name, new CliArgument(name, Kind.MEMBER, m, arity, required, false));
        }
      }
    }
    // The CLI's order: renames, then ec2's boolean structures, then the generic arguments.
    applyRenames(table, cliService, cliOperation);
    addHiddenAliases(table, cliService, cliOperation);
    if ("ec2".equals(service.name())) {
      pullUpValueBooleans(table);
    }
    for (OperationCustomization c : OperationCustomizations.of(cliService, cliOperation)) {
      c.customizeTable(table, service, op);
    }
    input.ifPresent(in -> addPagination(table, service.paginator(op.name()), in));
    addStreamingOutfile(table, service, op);
    // Like the CLI, an operation with an outfile takes no input document.
    if (!table.containsKey("outfile")) {
      table.put("cli-input-json", new CliArgument("cli-input-json", Kind.CLI_INPUT_JSON, null, Arity.ONE, false, false));
      table.put("cli-input-yaml", new CliArgument("cli-input-yaml", Kind.CLI_INPUT_YAML, null, Arity.ONE, false, true));
      table.put("generate-cli-skeleton", new CliArgument("generate-cli-skeleton", Kind.GENERATE_CLI_SKELETON, null, Arity.OPTIONAL_ONE, false, false));
    }
    return new ArgumentTable(table);
  }

  private static void pullUpValueBooleans(Map<String, CliArgument> table) {
    for (CliArgument a : table.values().toArray(new CliArgument[0])) {
      if (a.kind() == Kind.MEMBER && isValueBoolean(a.member().target())) {
        String name = a.name();
        table.put(name, new CliArgument(name, Kind.VALUE_BOOLEAN_TRUE, a.member(), Arity.OPTIONAL_ONE, a.required(), a.hidden()));
        String negated = "no-" + name;
        table.put(negated, new CliArgument(negated, Kind.VALUE_BOOLEAN_FALSE, a.member(), Arity.NONE, false, a.hidden()));
      }
    }
  }

  // ec2 turns a structure whose only member is a boolean "Value" into a flag pair.
  private static boolean isValueBoolean(Shape shape) {
    if (shape.type() != ShapeType.STRUCTURE || shape.members().size() != 1) {
      return false;
    }
    Member only = shape.members().get("Value");
    return only != null && only.target().type() == ShapeType.BOOLEAN;
  }

  // The CLI keeps the operation's own token and limit arguments (undocumented; using one turns
  // auto-pagination off) and adds its three uniform ones, shadowing any of the same name.
  private static void addPagination(Map<String, CliArgument> table, Optional<Paginator> paginator, Shape input) {
    if (paginator.isEmpty()) {
      return;
    }
    Paginator p = paginator.get();
    for (String token : p.inputTokens()) {
      hide(table, CliNames.xform(token));
    }
    p.limitKey().ifPresent(limit -> hide(table, CliNames.xform(limit)));
    putPaging(table, "starting-token", Kind.STARTING_TOKEN);
    if (p.limitKey().isPresent() && input.member(p.limitKey().get()).isPresent()) {
      putPaging(table, "page-size", Kind.PAGE_SIZE);
    }
    putPaging(table, "max-items", Kind.MAX_ITEMS);
  }

  // A paging argument replaces a model argument of the same name, which comes back when
  // auto-pagination is off: the shadowed member is kept on the paging argument for that.
  private static void putPaging(Map<String, CliArgument> table, String name, Kind kind) {
    CliArgument shadowed = table.get(name);
    Member member = shadowed != null && shadowed.kind() == Kind.MEMBER ? shadowed.member() : null;
    table.put(name, new CliArgument(name, kind, member, Arity.ONE, false, false));
  }

  private static void hide(Map<String, CliArgument> table, String name) {
    CliArgument a = table.get(name);
    if (a != null) {
      table.put(name, new CliArgument(a.name(), a.kind(), a.member(), a.arity(), a.required(), true));
    }
  }

  private static void addStreamingOutfile(Map<String, CliArgument> table, ServiceModel service, Operation op) {
    if (op.outputShape().isEmpty()) {
      return;
    }
    Shape output = service.shape(op.outputShape().get());
    Optional<String> payload = output.payload();
    // Like botocore's has_streaming_output: any blob payload, streaming trait or not.
    if (payload.isPresent() && output.member(payload.get()).map(m -> m.target().type() == ShapeType.BLOB).orElse(false)) {
      table.put("outfile", new CliArgument("outfile", Kind.OUTFILE, null, Arity.ONE, true, false));
    }
  }

  private static void applyRenames(Map<String, CliArgument> table, String cliService, String cliOperation) {
    Map<String, String> renames = CliCustomizations.get().argumentRenames();
    for (String name : table.keySet().toArray(new String[0])) {
      String renamed = renameOf(renames, cliService, cliOperation, name);
      if (renamed != null && !renamed.equals(name)) {
        CliArgument a = table.remove(name);
        table.put(renamed, new CliArgument(renamed, a.kind(), a.member(), a.arity(), a.required(), a.hidden()));
      }
    }
  }

  // An alias accepts the same values under an old name; like the CLI, neither is then required.
  private static void addHiddenAliases(Map<String, CliArgument> table, String cliService, String cliOperation) {
    String prefix = cliService + "." + cliOperation + ".";
    CliCustomizations.get().argumentAliases().forEach((key, alias) -> {
      if (key.startsWith(prefix)) {
        CliArgument a = table.get(key.substring(prefix.length()));
        if (a != null) {
          table.put(a.name(), new CliArgument(a.name(), a.kind(), a.member(), a.arity(), false, a.hidden()));
          table.put(alias, new CliArgument(alias, a.kind(), a.member(), a.arity(), false, true));
        }
      }
    });
  }

  private static String renameOf(Map<String, String> renames, String service, String operation, String arg) {
    String r = renames.get(service + "." + operation + "." + arg);
    if (r == null) {
      r = renames.get(service + ".*." + arg);
    }
    if (r == null) {
      r = renames.get("*." + operation + "." + arg);
    }
    if (r == null) {
      r = renames.get("*.*." + arg);
    }
    return r;
  }
}
