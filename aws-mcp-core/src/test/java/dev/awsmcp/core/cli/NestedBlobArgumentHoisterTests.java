package dev.awsmcp.core.cli;

import static dev.awsmcp.core.cli.CustomizationCases.FUNCTION_ZIP_BASE64;
import static dev.awsmcp.core.cli.CustomizationCases.assertParams;
import static dev.awsmcp.core.cli.CustomizationCases.assertRejected;

import dev.awsmcp.api.error.ErrorCode;
import org.junit.jupiter.api.Test;

/** Blob members lifted to top-level arguments (rekognition, quicksight, translate); expected values from awscli 1.45.11. */
class NestedBlobArgumentHoisterTests {
  @Test
  void imageBytesFillImageBytes() {
    assertParams("aws rekognition detect-labels --image-bytes fileb://image.png --max-labels 5",
        "{\"Image\": {\"Bytes\": \"iVBORwABAv8=\"}, \"MaxLabels\": 5}");
    assertParams("aws rekognition compare-faces --source-image-bytes fileb://image.png --target-image S3Object={Bucket=b,Name=n}",
        "{\"SourceImage\": {\"Bytes\": \"iVBORwABAv8=\"}, \"TargetImage\": {\"S3Object\": {\"Bucket\": \"b\", \"Name\": \"n\"}}}");
    assertParams("aws rekognition compare-faces --source-image S3Object={Bucket=b,Name=n} --source-image-bytes fileb://image.png"
            + " --target-image-bytes fileb://image.png",
        "{\"SourceImage\": {\"Bytes\": \"iVBORwABAv8=\", \"S3Object\": {\"Bucket\": \"b\", \"Name\": \"n\"}},"
            + " \"TargetImage\": {\"Bytes\": \"iVBORwABAv8=\"}}");
  }

  @Test
  void quicksightAssetBundleBytes() {
    assertParams("aws quicksight start-asset-bundle-import-job --aws-account-id 123456789012 --asset-bundle-import-job-id j"
            + " --asset-bundle-import-source-bytes fileb://function.zip",
        "{\"AssetBundleImportJobId\": \"j\", \"AssetBundleImportSource\": {\"Body\": \"" + FUNCTION_ZIP_BASE64 + "\"},"
            + " \"AwsAccountId\": \"123456789012\"}");
  }

  @Test
  void translateDataFileAndDocumentContent() {
    assertParams("aws translate import-terminology --name t --merge-strategy OVERWRITE --data-file fileb://image.png"
            + " --terminology-data Format=CSV",
        "{\"MergeStrategy\": \"OVERWRITE\", \"Name\": \"t\", \"TerminologyData\": {\"File\": \"iVBORwABAv8=\", \"Format\": \"CSV\"}}");
    assertParams("aws translate translate-document --document ContentType=text/html --document-content fileb://body.html"
            + " --source-language-code en --target-language-code fr",
        "{\"Document\": {\"Content\": \"PHA+SGk8L3A+Cg==\", \"ContentType\": \"text/html\"}, \"SourceLanguageCode\": \"en\","
            + " \"TargetLanguageCode\": \"fr\"}");
    assertRejected("aws translate import-terminology --name t --merge-strategy OVERWRITE --data-file fileb://image.png"
            + " --terminology-data File=abc,Format=CSV", ErrorCode.UNEXPECTED_ARGUMENT,
        "File cannot be provided as part of the '--terminology-data' argument. Please use the '--data-file' option instead");
    assertRejected("aws translate import-terminology --name t --merge-strategy OVERWRITE --terminology-data Format=CSV",
        ErrorCode.MISSING_REQUIRED, "the following arguments are required: --data-file");
  }

  @Test
  void reverseXformName() {
    org.junit.jupiter.api.Assertions.assertEquals("SourceImage", NestedBlobArgumentHoister.reverseXform("source-image"));
    org.junit.jupiter.api.Assertions.assertEquals("AssetBundleImportSource",
        NestedBlobArgumentHoister.reverseXform("asset-bundle-import-source"));
  }
}
