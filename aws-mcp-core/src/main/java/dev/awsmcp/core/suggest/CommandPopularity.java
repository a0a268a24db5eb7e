package dev.awsmcp.core.suggest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How commonly each command is likely used, from the one usage signal available offline: the
 * AWS CLI's example pages. A command has a page or not; a service's popularity is how many of its
 * commands have one ({@code ec2} about 700, most services a handful), on a log scale from 0 to 1.
 * Among 18,000 operations, many do nearly the same thing in a niche service ("list virtual
 * machines" of Backup Gateway); this prior lets the common service win a tie. Within a service,
 * the core operations have the short names ({@code create-table}, {@code list-tables}; not
 * {@code create-global-table}), which {@link #nameFactor} favours mildly. Immutable.
 */
final class CommandPopularity {
  private final boolean[] hasExamplePage;
  private final float[] servicePopularity;
  private final int[] service;
  private final int[] nameWords;

  CommandPopularity(List<OperationDocument> corpus) {
    Map<String, Integer> pagesByService = new HashMap<>();
    for (OperationDocument d : corpus) {
      pagesByService.merge(d.serviceKey(), d.hasExamplePage() ? 1 : 0, Integer::sum);
    }
    double max = Math.log1p(pagesByService.values().stream().mapToInt(Integer::intValue).max().orElse(0));
    hasExamplePage = new boolean[corpus.size()];
    servicePopularity = new float[corpus.size()];
    service = new int[corpus.size()];
    nameWords = new int[corpus.size()];
    Map<String, Integer> serviceNumbers = new HashMap<>();
    for (int i = 0; i < corpus.size(); i++) {
      OperationDocument d = corpus.get(i);
      service[i] = serviceNumbers.computeIfAbsent(d.serviceKey(), name -> serviceNumbers.size());
      nameWords[i] = d.cliOperation().split("-").length;
      hasExamplePage[i] = d.hasExamplePage();
      servicePopularity[i] = max == 0 ? 0 : (float) (Math.log1p(pagesByService.get(d.serviceKey())) / max);
    }
  }

  /** The factor a document's fused score is multiplied by: at least 1. */
  double factor(int id, FusionWeights w) {
    double factor = hasExamplePage[id] ? w.exampleBoost() : 1;
    return factor * (1 + w.serviceBoost() * servicePopularity[id]);
  }

  /**
   * The factor for the length of a command's operation name: 1 for one or two words, less for
   * each word beyond ({@link FusionWeights#nameLength()}).
   */
  double nameFactor(int id, FusionWeights w) {
    return 1 / (1 + w.nameLength() * Math.max(0, nameWords[id] - 2));
  }

  /**
   * The number of a command's service (services numbered from 0 in corpus order; {@code s3} and
   * {@code s3api} are one service, {@link OperationDocument#serviceKey()}).
   */
  int service(int id) {
    return service[id];
  }

  /** The largest factor any document can have. */
  static double maxFactor(FusionWeights w) {
    return w.exampleBoost() * (1 + w.serviceBoost());
  }
}
