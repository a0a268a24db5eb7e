package dev.awsmcp.core.suggest;

import java.util.ArrayList;
import java.util.List;

/**
 * Every sentence embedded for the corpus, and the operation each belongs to: one
 * {@link EmbeddingText} per operation, then one per title of its AWS CLI example page
 * ({@code "stop an Amazon EC2 instance (EC2, Amazon Elastic Compute Cloud)"}), up to
 * {@link #TITLES_PER_OPERATION}, then one per description under those titles ({@code "stops the
 * specified Amazon EBS-backed instance (EC2, ...)"}). A title alone is phrased the way people ask, and a vector of its
 * own keeps it from being diluted by the reference documentation (measured in docs/suggest.md).
 * Derived from the corpus alone, so the cache stores only the vectors.
 *
 * @param texts the sentences, in a fixed order
 * @param owners for each sentence, its operation's number in the corpus
 */
record EmbeddedSentences(List<String> texts, int[] owners) {
  static final int TITLES_PER_OPERATION = 3;

  EmbeddedSentences {
    texts = List.copyOf(texts);
    if (owners.length != texts.size()) {
      throw new IllegalArgumentException("one owner per sentence");
    }
  }

  static EmbeddedSentences of(List<OperationDocument> corpus) {
    List<String> texts = new ArrayList<>(corpus.size() * 3 / 2);
    List<Integer> owners = new ArrayList<>(corpus.size() * 3 / 2);
    for (int i = 0; i < corpus.size(); i++) {
      texts.add(EmbeddingText.of(corpus.get(i)));
      owners.add(i);
    }
    for (int i = 0; i < corpus.size(); i++) {
      OperationDocument d = corpus.get(i);
      if (d.examples().isEmpty()) {
        continue;
      }
      String[] titles = d.examples().split("; ");
      for (int t = 0; t < Math.min(TITLES_PER_OPERATION, titles.length); t++) {
        texts.add(titles[t] + " (" + d.serviceLabel() + ")");
        owners.add(i);
      }
    }
    for (int i = 0; i < corpus.size(); i++) {
      OperationDocument d = corpus.get(i);
      List<String> descriptions = d.descriptionList();
      for (int t = 0; t < Math.min(TITLES_PER_OPERATION, descriptions.size()); t++) {
        texts.add(descriptions.get(t) + " (" + d.serviceLabel() + ")");
        owners.add(i);
      }
    }
    return new EmbeddedSentences(texts, owners.stream().mapToInt(Integer::intValue).toArray());
  }

  int size() {
    return texts.size();
  }
}
