package dev.awsmcp.core.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.api.exec.CallMetadata;
import dev.awsmcp.api.exec.CallResult;
import dev.awsmcp.api.exec.ServiceError;
import dev.awsmcp.api.exec.Truncation;

/**
 * The JSON shape of a {@link CallResult}, shared by the command line ({@code call}) and the
 * tools. Absent values are left out rather than written as null, so an agent reads no
 * always-empty fields.
 *
 * <p>With {@code --output text|table|yaml} the rendered text is {@code formatted} and takes the
 * place of {@code response}.
 *
 * <p>For a service error, {@code error.code} is AWS's own code ({@code AccessDenied}) and
 * {@code error.kind} is {@code service}: the code an agent acts on.
 */
public final class CallResultJson {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private CallResultJson() {}

  public static ObjectNode of(CallResult r) {
    ObjectNode o = F.objectNode();
    o.put("ok", r.ok());
    r.metadata().ifPresent(m -> {
      o.put("service", m.service());
      o.put("operation", m.operation());
      o.put("region", m.region());
    });
    r.httpStatus().ifPresent(s -> o.put("httpStatus", s));
    r.requestId().ifPresent(id -> o.put("requestId", id));
    if (r.ok()) {
      // The text an --output asked for replaces the JSON answer: sending both doubles the tokens.
      if (r.formatted().isPresent()) {
        o.put("formatted", r.formatted().get());
      } else {
        r.response().ifPresent(v -> o.set("response", v));
      }
      r.paginationToken().ifPresent(t -> o.put("paginationToken", t));
      r.truncation().ifPresent(t -> o.set("truncated", truncation(t)));
      r.outfile().ifPresent(f -> o.put("outfile", f));
      if (!r.regionResults().isEmpty()) {
        ArrayNode regions = o.putArray("regions");
        r.regionResults().forEach(each -> regions.add(of(each)));
      }
    } else {
      o.set("error", error(r.error().orElseThrow(), r.serviceError().orElse(null)));
      if (r.errors().size() > 1) {
        ArrayNode all = o.putArray("errors");
        r.errors().forEach(e -> all.add(ParsedCommandJson.error(e)));
      }
    }
    r.metadata().ifPresent(m -> o.set("metadata", metadata(m)));
    return o;
  }

  private static ObjectNode error(CommandError e, ServiceError service) {
    ObjectNode o = ParsedCommandJson.error(e);
    if (service != null) {
      o.put("code", service.code());
      o.put("message", service.message());
      o.put("httpStatus", service.httpStatus());
    }
    return o;
  }

  private static ObjectNode truncation(Truncation t) {
    ObjectNode o = F.objectNode();
    o.put("originalChars", t.originalChars());
    o.put("returnedChars", t.returnedChars());
    o.put("hint", t.hint());
    return o;
  }

  private static ObjectNode metadata(CallMetadata m) {
    ObjectNode o = F.objectNode();
    o.put("cliService", m.cliService());
    o.put("durationMs", m.durationMillis());
    o.put("attempts", m.attempts());
    o.put("pages", m.pages());
    return o;
  }
}
