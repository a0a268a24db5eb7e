package dev.awsmcp.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmcp.api.ParseResult;
import dev.awsmcp.api.command.ParsedCommand;
import dev.awsmcp.core.TestEngines;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Local file paths a command names reach the caller (the file sandbox checks them), not the API. */
class LocalFileArgumentsTests {

  @Test
  void customizationOutfilesAreLocalFileArgumentsNotApiInput() {
    ParseResult r = TestEngines.botocore().commandParser().parse(
        "aws iot create-keys-and-certificate --set-as-active --certificate-pem-outfile cert.pem --private-key-outfile key.pem");
    assertTrue(r.isSuccess(), r::toString);
    ParsedCommand c = r.command();
    assertEquals(Map.of("--certificate-pem-outfile", "cert.pem", "--private-key-outfile", "key.pem"), c.localFileArguments());
    assertEquals("{\"setAsActive\":true}", c.params().toString());
  }

  @Test
  void theStreamingOutfileIsTheOutfile() {
    ParsedCommand c = TestEngines.botocore().commandParser().parse("aws s3api get-object --bucket b --key k out.bin").command();
    assertEquals("out.bin", c.outfile().orElseThrow());
    assertTrue(c.localFileArguments().isEmpty());
  }
}
