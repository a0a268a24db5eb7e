package dev.awsmcp.core.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.awsmcp.api.audit.AuditEvent;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;

/**
 * An {@link AuditEvent} as one compact JSON object, fields in a fixed order, absent fields left
 * out. The field names are the audit file's format (docs/audit.md): change them only with it.
 */
final class AuditEventJson {
  private static final JsonFactory JSON = new JsonFactory();

  private AuditEventJson() {}

  static String line(AuditEvent e) {
    StringWriter out = new StringWriter(256);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("time", e.time().toString());
      g.writeStringField("kind", e.kind().name().toLowerCase(Locale.ROOT));
      g.writeStringField("callId", e.callId());
      g.writeStringField("command", e.command());
      string(g, "service", e.service());
      string(g, "operation", e.operation());
      g.writeStringField("decision", e.decision().name());
      string(g, "rule", e.rule());
      string(g, "reason", e.reason());
      if (e.consentGranted().isPresent()) {
        g.writeBooleanField("consentGranted", e.consentGranted().get());
      }
      string(g, "profile", e.profile());
      string(g, "caller", e.caller());
      string(g, "region", e.region());
      if (e.duration().isPresent()) {
        g.writeNumberField("durationMillis", e.duration().get().toMillis());
      }
      string(g, "outcome", e.outcome());
      string(g, "serviceErrorCode", e.serviceErrorCode());
      string(g, "requestId", e.requestId());
      if (e.httpStatus().isPresent()) {
        g.writeNumberField("httpStatus", e.httpStatus().get());
      }
      g.writeEndObject();
    } catch (IOException ex) {
      throw new UncheckedIOException("a StringWriter does not fail", ex);
    }
    return out.toString();
  }

  private static void string(JsonGenerator g, String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    }
  }
}
