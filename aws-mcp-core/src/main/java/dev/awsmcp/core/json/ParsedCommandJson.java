package dev.awsmcp.core.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.command.Pagination;
import dev.awsmcp.api.command.ParsedCommand;
import dev.awsmcp.api.error.CommandError;
import java.util.List;
import java.util.Optional;

/** The JSON shapes of parsed commands and errors, shared by the command line and the tools. */
public final class ParsedCommandJson {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private ParsedCommandJson() {}

  /** The {@code parse} answer for a command (see the command-line contract). */
  public static ObjectNode command(ParsedCommand c, boolean readOnly) {
    ObjectNode o = F.objectNode();
    o.put("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT));
    o.put("service", c.service());
    o.put("cliService", c.cliService());
    o.put("operation", c.operation());
    o.put("cliOperation", c.cliOperation());
    o.put("region", c.region());
    o.put("regionSource", c.regionSource().name().toLowerCase(java.util.Locale.ROOT));
    putOptional(o, "profile", c.profile());
    putOptional(o, "endpointUrl", c.endpointUrl());
    o.set("params", c.params());
    o.set("pagination", pagination(c.pagination()));
    putOptional(o, "query", c.query());
    putOptional(o, "output", c.output());
    putOptional(o, "outfile", c.outfile());
    if (!c.localFileArguments().isEmpty()) {
      ObjectNode local = o.putObject("localFileArguments");
      c.localFileArguments().forEach(local::put);
    }
    o.put("readOnly", readOnly);
    return o;
  }

  public static ObjectNode pagination(Pagination p) {
    ObjectNode o = F.objectNode();
    o.put("available", p.available());
    p.startingToken().ifPresent(t -> o.put("startingToken", t));
    p.pageSize().ifPresent(n -> o.put("pageSize", n));
    p.maxItems().ifPresent(n -> o.put("maxItems", n));
    o.put("noPaginate", p.noPaginate());
    return o;
  }

  /** {@code {"error": {...first...}, "errors": [...all, when more than one...]}}. */
  public static ObjectNode errors(List<CommandError> errors) {
    ObjectNode o = F.objectNode();
    o.set("error", error(errors.get(0)));
    if (errors.size() > 1) {
      ArrayNode all = o.putArray("errors");
      errors.forEach(e -> all.add(error(e)));
    }
    return o;
  }

  public static ObjectNode error(CommandError e) {
    ObjectNode o = F.objectNode();
    o.put("kind", e.kind().wireName());
    o.put("code", e.code().wireName());
    o.put("message", e.message());
    e.parameter().ifPresent(p -> o.put("parameter", p));
    if (!e.suggestions().isEmpty()) {
      ArrayNode s = o.putArray("suggestions");
      e.suggestions().forEach(s::add);
    }
    return o;
  }

  private static void putOptional(ObjectNode o, String field, Optional<String> value) {
    if (value.isPresent()) {
      o.put(field, value.get());
    } else {
      o.putNull(field);
    }
  }
}
