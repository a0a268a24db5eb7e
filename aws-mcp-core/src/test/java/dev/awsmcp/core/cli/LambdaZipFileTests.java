package dev.awsmcp.core.cli;

import static dev.awsmcp.core.cli.CustomizationCases.FUNCTION_ZIP_BASE64;
import static dev.awsmcp.core.cli.CustomizationCases.assertParams;
import static dev.awsmcp.core.cli.CustomizationCases.assertRejected;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmcp.api.error.ErrorCode;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** lambda's --zip-file; expected values from awscli 1.45.11. */
class LambdaZipFileTests {
  @Test
  void zipFileBecomesCodeZipFile() {
    assertParams("aws lambda create-function --function-name f --runtime python3.12 --role arn:aws:iam::123456789012:role/r"
            + " --handler index.handler --zip-file fileb://function.zip",
        "{\"Code\": {\"ZipFile\": \"" + FUNCTION_ZIP_BASE64 + "\"}, \"FunctionName\": \"f\", \"Handler\": \"index.handler\","
            + " \"Role\": \"arn:aws:iam::123456789012:role/r\", \"Runtime\": \"python3.12\"}");
    assertParams("aws lambda create-function --function-name f --role arn:aws:iam::123456789012:role/r --code ImageUri=repo:tag"
            + " --zip-file fileb://function.zip --package-type Zip",
        "{\"Code\": {\"ImageUri\": \"repo:tag\", \"ZipFile\": \"" + FUNCTION_ZIP_BASE64 + "\"}, \"FunctionName\": \"f\","
            + " \"PackageType\": \"Zip\", \"Role\": \"arn:aws:iam::123456789012:role/r\"}");
    assertParams("aws lambda publish-layer-version --layer-name l --zip-file fileb://function.zip --compatible-runtimes python3.12",
        "{\"CompatibleRuntimes\": [\"python3.12\"], \"Content\": {\"ZipFile\": \"" + FUNCTION_ZIP_BASE64 + "\"},"
            + " \"LayerName\": \"l\"}");
    assertParams("aws lambda update-function-code --function-name f --zip-file fileb://function.zip",
        "{\"FunctionName\": \"f\", \"ZipFile\": \"" + FUNCTION_ZIP_BASE64 + "\"}");
  }

  @Test
  void zipFileMustBeAZipArchive() {
    assertRejected("aws lambda create-function --function-name f --role r --zip-file fileb://notzip.bin",
        ErrorCode.INVALID_TYPE, "--zip-file must be a zip file with the fileb:// prefix.");
    assertRejected("aws lambda update-function-code --function-name f --zip-file fileb://notzip.bin",
        ErrorCode.INVALID_TYPE, "--zip-file must be a zip file with the fileb:// prefix.");
  }

  @Test
  void codeMayNotCarryZipFile() {
    assertRejected("aws lambda create-function --function-name f --role r --code ZipFile=abc", ErrorCode.UNEXPECTED_ARGUMENT,
        "ZipFile cannot be provided as part of the --code argument.  Please use the '--zip-file' option instead to specify a zip file.");
  }

  @Test
  void zipArchivesOpenAsPythonOpensThem() {
    byte[] zip = CustomizationCases.FUNCTION_ZIP;
    assertTrue(ZipContent.isZip(zip));
    assertTrue(ZipContent.isZip(new byte[] {0x50, 0x4b, 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}), "empty archive");
    byte[] commented = Arrays.copyOf(zip, zip.length + 3);
    commented[zip.length - 2] = 3; // comment length 3, then the comment
    assertTrue(ZipContent.isZip(commented));
    // Python's zipfile (3.11) on the same bytes: data cut in front still opens, a cut end does
    // not, nor does a broken central directory signature.
    assertTrue(ZipContent.isZip(Arrays.copyOfRange(zip, 10, zip.length)));
    assertFalse(ZipContent.isZip(Arrays.copyOf(zip, zip.length - 1)));
    byte[] badDirectory = zip.clone();
    badDirectory[70] = 'X';
    assertFalse(ZipContent.isZip(badDirectory));
    assertFalse(ZipContent.isZip(new byte[0]));
    assertFalse(ZipContent.isZip("PK\u0005\u0006".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
  }
}
