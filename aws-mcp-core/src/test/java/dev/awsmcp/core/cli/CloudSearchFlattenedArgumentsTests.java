package dev.awsmcp.core.cli;

import static dev.awsmcp.core.cli.CustomizationCases.assertParams;
import static dev.awsmcp.core.cli.CustomizationCases.assertRejected;

import dev.awsmcp.api.error.ErrorCode;
import org.junit.jupiter.api.Test;

/** cloudsearch's flattened arguments; expected values from awscli 1.45.11. */
class CloudSearchFlattenedArgumentsTests {
  @Test
  void defineExpression() {
    assertParams("aws cloudsearch define-expression --domain-name d --name e1 --expression \"_score*2\"",
        "{\"DomainName\": \"d\", \"Expression\": {\"ExpressionName\": \"e1\", \"ExpressionValue\": \"_score*2\"}}");
  }

  @Test
  void defineIndexFieldOptionsFollowTheType() {
    assertParams("aws cloudsearch define-index-field --domain-name d --name f --type int --default-value 10 --facet-enabled true --search-enabled False --sort-enabled yes",
        "{\"DomainName\": \"d\", \"IndexField\": {\"IndexFieldName\": \"f\", \"IndexFieldType\": \"int\", \"IntOptions\": {\"DefaultValue\": 10, \"FacetEnabled\": true, \"SearchEnabled\": false, \"SortEnabled\": true}}}");
    assertParams("aws cloudsearch define-index-field --domain-name d --name f --type text --analysis-scheme _en_default_ --highlight-enabled false --return-enabled true",
        "{\"DomainName\": \"d\", \"IndexField\": {\"IndexFieldName\": \"f\", \"IndexFieldType\": \"text\", \"TextOptions\": {\"AnalysisScheme\": \"_en_default_\", \"HighlightEnabled\": false, \"ReturnEnabled\": true}}}");
    assertParams("aws cloudsearch define-index-field --domain-name d --name f --type latlon --default-value 1,2 --source-field g",
        "{\"DomainName\": \"d\", \"IndexField\": {\"IndexFieldName\": \"f\", \"IndexFieldType\": \"latlon\", \"LatLonOptions\": {\"DefaultValue\": \"1,2\", \"SourceField\": \"g\"}}}");
    assertParams("aws cloudsearch define-index-field --domain-name d --name f --type double-array --default-value 2.5",
        "{\"DomainName\": \"d\", \"IndexField\": {\"DoubleArrayOptions\": {\"DefaultValue\": 2.5}, \"IndexFieldName\": \"f\", \"IndexFieldType\": \"double-array\"}}");
  }

  @Test
  void optionsNeedTheType() {
    // The CLI's parser stops first: "the following arguments are required: --type".
    assertRejected("aws cloudsearch define-index-field --domain-name d --name f --facet-enabled true", ErrorCode.MISSING_REQUIRED, "--type");
  }
}
