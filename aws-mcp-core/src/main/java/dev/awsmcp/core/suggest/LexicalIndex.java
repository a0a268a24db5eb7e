package dev.awsmcp.core.suggest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * BM25 over the corpus in memory (Lucene), one field per kind of text (operation name, service
 * names, documentation summary, CLI example titles, parameter names), weighted per search by
 * {@link FusionWeights#fields()}. Built in about a second for all of botocore; immutable and thread-safe.
 */
final class LexicalIndex {
  /** Terms of a query that are searched; the rest of a long request is ignored. */
  static final int MAX_QUERY_TERMS = 64;

  private final Analyzer analyzer = new SuggestAnalyzer();
  /** How many BM25 hits per wanted result are re-ranked by name coverage. */
  private static final int RERANKED = 3;

  private final IndexSearcher searcher;
  private final List<OperationDocument> corpus;

  private LexicalIndex(IndexSearcher searcher, List<OperationDocument> corpus) {
    this.searcher = searcher;
    this.corpus = corpus;
  }

  static LexicalIndex build(List<OperationDocument> corpus) {
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    try (Analyzer analyzer = new SuggestAnalyzer();
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (int i = 0; i < corpus.size(); i++) {
        OperationDocument d = corpus.get(i);
        Document doc = new Document();
        doc.add(new StoredField("id", i));
        doc.add(new TextField("operation", d.operationWords(), Field.Store.NO));
        doc.add(new TextField("service", d.cliService() + " " + d.serviceAliases(), Field.Store.NO));
        doc.add(new TextField("summary", d.summary(), Field.Store.NO));
        doc.add(new TextField("parameters", d.parameterNames(), Field.Store.NO));
        doc.add(new TextField("examples", d.examples(), Field.Store.NO));
        writer.addDocument(doc);
      }
      writer.forceMerge(1);
      writer.commit();
      return new LexicalIndex(new IndexSearcher(DirectoryReader.open(directory)), corpus);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the suggest index in memory", e);
    }
  }

  /**
   * The best {@code n} documents for a request, best first, fields weighted as given. BM25 alone
   * lets a long name that shares one rare word beat the short name the request spells out
   * ({@code gamelift describe-ec2-instance-limits} over {@code ec2 describe-instances}), so each
   * candidate's score is raised by how closely its operation name's words and the request's
   * overlap (Jaccard; up to {@code 1 + nameCoverage} times) and by {@code serviceMention} when the request names
   * its service.
   */
  Ranking search(String query, Map<String, Float> fieldWeights, double nameCoverage, double serviceMention, int n) {
    Set<String> terms = terms(query);
    if (terms.isEmpty()) {
      return Ranking.EMPTY;
    }
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    for (String term : terms) {
      fieldWeights.forEach((field, weight) -> q.add(
          new BoostQuery(new TermQuery(new Term(field, term)), weight), BooleanClause.Occur.SHOULD));
    }
    try {
      ScoreDoc[] hits = searcher.search(q.build(), n * RERANKED).scoreDocs;
      List<float[]> scored = new ArrayList<>(hits.length);
      for (ScoreDoc hit : hits) {
        int id = searcher.storedFields().document(hit.doc).getField("id").numericValue().intValue();
        OperationDocument d = corpus.get(id);
        Set<String> name = terms(d.operationWords());
        long shared = name.stream().filter(terms::contains).count();
        double overlap = (double) shared / (name.size() + terms.size() - shared);
        double factor = 1 + nameCoverage * overlap;
        if (!java.util.Collections.disjoint(terms(d.cliService() + " " + d.serviceAliases()), terms)) {
          factor += serviceMention;
        }
        scored.add(new float[] {(float) (hit.score * factor), id});
      }
      scored.sort((a, b) -> Float.compare(b[0], a[0]));
      List<Integer> ids = new ArrayList<>(n);
      float[] scores = new float[Math.min(n, scored.size())];
      for (int i = 0; i < scores.length; i++) {
        ids.add((int) scored.get(i)[1]);
        scores[i] = scored.get(i)[0];
      }
      return new Ranking(ids, scores);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search the suggest index in memory", e);
    }
  }

  private Set<String> terms(String text) {
    Set<String> terms = new LinkedHashSet<>();
    try (TokenStream stream = analyzer.tokenStream("summary", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken() && terms.size() < MAX_QUERY_TERMS) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }
}
