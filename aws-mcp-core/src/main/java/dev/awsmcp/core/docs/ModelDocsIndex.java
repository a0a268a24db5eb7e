package dev.awsmcp.core.docs;

import dev.awsmcp.api.docs.SearchHit;
import dev.awsmcp.core.cli.CliServiceTable;
import dev.awsmcp.core.model.ModelDocumentation;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import dev.awsmcp.core.model.Shape;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import java.util.WeakHashMap;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * A small in-memory Lucene index over the local models' documentation, for searching with no
 * network: one document per CLI operation holding its names, its service's full name, its
 * documentation and that of its input and output shapes and their members, as plain text
 * (English stemming). Built on the first offline search, once per
 * client (a few seconds over all of botocore's services); thread-safe.
 */
final class ModelDocsIndex {
  private static final int SUMMARY_CHARS = 300;
  private static final Map<String, Float> BOOSTS = Map.of("name", 3f, "text", 1f, "shapes", 0.5f);
  // The parameters and fields of an operation, as far as they help find it.
  private static final int INDEXED_SHAPE_CHARS = 2_000;

  // Enough of an operation's documentation to find it by; the rest is mostly examples and notes.
  private static final int INDEXED_CHARS = 1_500;
  private static final Pattern TAGS = Pattern.compile("<[^>]*>");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  // One index per set of models: clients over the same engine share it instead of rebuilding.
  private static final Map<CliServiceTable, ModelDocsIndex> SHARED = new WeakHashMap<>();

  private final CliServiceTable services;
  private final Analyzer analyzer = new EnglishAnalyzer();
  private volatile IndexSearcher searcher;

  private ModelDocsIndex(CliServiceTable services) {
    this.services = services;
  }

  /** The index over these models, built on its first search. */
  static ModelDocsIndex of(CliServiceTable services) {
    synchronized (SHARED) {
      return SHARED.computeIfAbsent(services, ModelDocsIndex::new);
    }
  }

  // The models' documentation is simple HTML: stripping tags is enough, and many times faster than
  // parsing 18,000 fragments.
  private static String plainText(String html) {
    String text = SPACES.matcher(Parser.unescapeEntities(TAGS.matcher(html).replaceAll(" "), false)).replaceAll(" ").strip();
    return text.length() <= INDEXED_CHARS ? text : text.substring(0, INDEXED_CHARS);
  }

  // The documentation of the operation's input and output shapes and their members, so a search
  // for what a parameter or a returned field means finds the operation that has it.
  private static String shapeText(ServiceModel model, ModelDocumentation docs, Operation op) {
    StringBuilder out = new StringBuilder();
    for (Optional<String> name : List.of(op.inputShape(), op.outputShape())) {
      if (name.isEmpty() || model.shape(name.get()) == null) {
        continue;
      }
      Shape shape = model.shape(name.get());
      docs.shape(shape.name()).ifPresent(d -> out.append(plainText(d)).append(' '));
      for (String member : shape.members().keySet()) {
        out.append(member).append(' ');
        docs.member(shape.name(), member).ifPresent(d -> out.append(plainText(d)).append(' '));
        if (out.length() > INDEXED_SHAPE_CHARS) {
          return out.substring(0, INDEXED_SHAPE_CHARS);
        }
      }
    }
    return out.toString();
  }

  /** The operations that best match a phrase, best first. */
  List<SearchHit> search(String phrase, int limit) {
    IndexSearcher s = searcher();
    Query query;
    try {
      query = new MultiFieldQueryParser(new String[] {"name", "text", "shapes"}, analyzer, BOOSTS).parse(QueryParser.escape(phrase));
    } catch (ParseException e) {
      return List.of(); // only stop words, say: nothing to look for
    }
    try {
      List<SearchHit> hits = new ArrayList<>();
      for (ScoreDoc sd : s.search(query, limit).scoreDocs) {
        Document d = s.storedFields().document(sd.doc);
        String address = d.get("address");
        hits.add(new SearchHit(hits.size() + 1, address, address, Optional.ofNullable(d.get("summary")), List.of()));
      }
      return hits;
    } catch (IOException e) {
      throw new UncheckedIOException("the in-memory index failed", e);
    }
  }

  private IndexSearcher searcher() {
    IndexSearcher s = searcher;
    if (s == null) {
      synchronized (this) {
        s = searcher;
        if (s == null) {
          s = build();
          searcher = s;
        }
      }
    }
    return s;
  }

  private IndexSearcher build() {
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
      for (String modelName : services.catalog().serviceNames()) {
        addService(writer, modelName);
      }
      writer.commit();
      return new IndexSearcher(DirectoryReader.open(dir));
    } catch (IOException e) {
      throw new UncheckedIOException("the in-memory index failed", e);
    }
  }

  private void addService(IndexWriter writer, String modelName) throws IOException {
    ServiceModel model;
    ModelDocumentation docs;
    try {
      model = services.catalog().load(modelName).orElseThrow();
      docs = model.documentation();
    } catch (RuntimeException e) {
      return; // an unreadable model leaves the others searchable
    }
    String cliService = services.cliName(modelName);
    Set<String> seen = new HashSet<>();
    for (Map.Entry<String, String> op : services.operations(cliService).entrySet()) {
      if (!seen.add(op.getValue())) {
        continue; // an alias of an operation already indexed
      }
      String text = docs.operation(op.getValue()).map(ModelDocsIndex::plainText).orElse("");
      String shapes = model.operation(op.getValue()).map(o -> shapeText(model, docs, o)).orElse("");
      Document d = new Document();
      d.add(new StoredField("address", ModelReferencePage.address(cliService, op.getKey())));
      d.add(new TextField("name", cliService + " " + op.getKey().replace('-', ' ') + " "
          + model.metadata().serviceFullName(), Field.Store.NO));
      d.add(new TextField("text", text, Field.Store.NO));
      d.add(new TextField("shapes", shapes, Field.Store.NO));
      if (!text.isEmpty()) {
        d.add(new StoredField("summary", text.length() <= SUMMARY_CHARS ? text : text.substring(0, SUMMARY_CHARS) + "..."));
      }
      writer.addDocument(d);
    }
  }
}
