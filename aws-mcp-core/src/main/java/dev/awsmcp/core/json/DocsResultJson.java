package dev.awsmcp.core.json;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.docs.DocsPage;
import dev.awsmcp.api.docs.DocsResult;
import dev.awsmcp.api.docs.PageSections;
import dev.awsmcp.api.docs.Recommendations;
import dev.awsmcp.api.docs.SearchHits;
import java.util.function.Function;

/**
 * The JSON shape of a {@link DocsResult}, shared by the command line ({@code docs}) and the tools:
 * {@code {"ok": true, "source": "online" | "cache" | "stale_cache" | "offline_models", ...the value}}
 * or {@code {"ok": false, "error": {...}}}. Absent values are left out.
 */
public final class DocsResultJson {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private DocsResultJson() {}

  public static ObjectNode search(DocsResult<SearchHits> r) {
    return of(r, hits -> {
      ObjectNode o = F.objectNode();
      o.put("phrase", hits.phrase());
      var array = o.putArray("results");
      hits.hits().forEach(h -> {
        ObjectNode hit = array.addObject();
        hit.put("rank", h.rank());
        hit.put("title", h.title());
        hit.put("url", h.url());
        h.context().ifPresent(c -> hit.put("context", c));
        if (!h.sections().isEmpty()) {
          h.sections().forEach(hit.putArray("sections")::add);
        }
      });
      return o;
    });
  }

  public static ObjectNode page(DocsResult<DocsPage> r) {
    return of(r, p -> {
      ObjectNode o = F.objectNode();
      o.put("url", p.url());
      p.title().ifPresent(t -> o.put("title", t));
      o.put("content", p.markdown());
      o.put("startIndex", p.startIndex());
      o.put("totalLength", p.totalLength());
      p.nextStartIndex().ifPresent(n -> o.put("nextStartIndex", n));
      return o;
    });
  }

  public static ObjectNode sections(DocsResult<PageSections> r) {
    return of(r, s -> {
      ObjectNode o = F.objectNode();
      o.put("url", s.url());
      var array = o.putArray("sections");
      s.sections().forEach(sec -> array.addObject().put("title", sec.title()).put("content", sec.markdown()));
      if (!s.missing().isEmpty()) {
        s.missing().forEach(o.putArray("missing")::add);
        s.available().forEach(o.putArray("available")::add);
      }
      return o;
    });
  }

  public static ObjectNode recommendations(DocsResult<Recommendations> r) {
    return of(r, recs -> {
      ObjectNode o = F.objectNode();
      o.put("url", recs.url());
      var array = o.putArray("recommendations");
      recs.pages().forEach(p -> {
        ObjectNode page = array.addObject();
        page.put("kind", p.kind().wireName());
        page.put("title", p.title());
        page.put("url", p.url());
        p.context().ifPresent(c -> page.put("context", c));
      });
      return o;
    });
  }

  private static <T> ObjectNode of(DocsResult<T> r, Function<T, ObjectNode> value) {
    ObjectNode o = F.objectNode();
    o.put("ok", r.ok());
    if (r.ok()) {
      o.put("source", r.source().orElseThrow().wireName());
      o.setAll(value.apply(r.value().orElseThrow()));
    } else {
      o.set("error", ParsedCommandJson.error(r.error().orElseThrow()));
    }
    return o;
  }
}
