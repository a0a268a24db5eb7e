package dev.awsmcp.core.suggest;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How both documents and queries become terms: words split at case changes and digits as well
 * as hyphens ({@code DescribeInstances}, {@code ec2}, {@code list-buckets}), lower-cased, English
 * stop words and request fillers dropped, Porter-stemmed ("buckets" and "bucket" meet). The original of a split
 * word is kept too, so {@code ec2} still matches {@code ec2}.
 */
final class SuggestAnalyzer extends Analyzer {
  private static final int SPLIT = WordDelimiterGraphFilter.GENERATE_WORD_PARTS
      | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
      | WordDelimiterGraphFilter.SPLIT_ON_CASE_CHANGE
      | WordDelimiterGraphFilter.PRESERVE_ORIGINAL;

  /**
   * Lucene's English stop words plus the pronouns, question words and helper verbs that requests
   * are full of ("what buckets do I have") and that would otherwise match operation names
   * ({@code what-if} in Forecast).
   */
  static final CharArraySet STOP_WORDS;

  static {
    CharArraySet words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
    words.addAll(java.util.List.of("i", "me", "my", "mine", "we", "us", "our", "you", "your", "what", "which", "who",
        "whom", "whose", "how", "when", "where", "why", "do", "does", "did", "done", "have", "has", "had", "can",
        "could", "would", "should", "want", "need", "please", "some", "any", "all", "every", "am", "been", "being",
        "so", "from", "about", "now", "just", "also", "i'm", "it's", "let", "lets", "one", "its"));
    STOP_WORDS = CharArraySet.unmodifiableSet(words);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream terms = new WordDelimiterGraphFilter(source, SPLIT, null);
    terms = new EnglishPossessiveFilter(terms);
    terms = new LowerCaseFilter(terms);
    terms = new StopFilter(terms, STOP_WORDS);
    terms = new PorterStemFilter(terms);
    return new TokenStreamComponents(source, terms);
  }
}
