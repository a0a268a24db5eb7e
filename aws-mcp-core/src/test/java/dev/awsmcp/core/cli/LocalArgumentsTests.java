package dev.awsmcp.core.cli;

import static dev.awsmcp.core.cli.CustomizationCases.assertParams;
import static dev.awsmcp.core.cli.CustomizationCases.assertRejected;
import static dev.awsmcp.core.cli.CustomizationCases.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.awsmcp.api.error.ErrorCode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Customization arguments that name local files rather than API input: accepted, not sent, and
 * kept as local arguments. Expected API input from awscli 1.45.11.
 */
class LocalArgumentsTests {
  @Test
  void iotOutfilesAreKeptAsLocalArguments() {
    assertParams("aws iot create-keys-and-certificate --set-as-active --certificate-pem-outfile cert.pem"
        + " --public-key-outfile pub.key --private-key-outfile priv.key", "{\"setAsActive\": true}");
    CallParameters c = call("iot", "create-keys-and-certificate",
        "--set-as-active --certificate-pem-outfile cert.pem --public-key-outfile pub.key --private-key-outfile priv.key");
    assertNull(c.error());
    assertEquals(Map.of("--certificate-pem-outfile", "cert.pem", "--public-key-outfile", "pub.key", "--private-key-outfile", "priv.key"),
        c.localArguments());
    assertEquals("keyPair.PrivateKey", new QueryOutFileArguments(QueryOutFileArguments.KEYS_AND_CERTIFICATE).query("private-key-outfile"));
    assertParams("aws iot create-certificate-from-csr --certificate-signing-request file://body.html --certificate-pem-outfile c.pem",
        "{\"certificateSigningRequest\": \"<p>Hi</p>\\n\"}");
  }

  @Test
  void privLaunchKeyIsALocalArgument() {
    CallParameters c = call("ec2", "get-password-data", "--instance-id i-1 --priv-launch-key ~/.ssh/key.pem");
    assertEquals(Map.of("--priv-launch-key", "~/.ssh/key.pem"), c.localArguments());
    assertEquals("{\"InstanceId\":\"i-1\"}", c.params().toString());
  }

  @Test
  void virtualMfaDeviceOutfileAndMethodAreRequired() {
    assertParams("aws iam create-virtual-mfa-device --virtual-mfa-device-name m --outfile /tmp/qr.png --bootstrap-method QRCodePNG",
        "{\"VirtualMFADeviceName\": \"m\"}");
    assertEquals(Map.of("--outfile", "/tmp/qr.png", "--bootstrap-method", "QRCodePNG"),
        call("iam", "create-virtual-mfa-device", "--virtual-mfa-device-name m --outfile /tmp/qr.png --bootstrap-method QRCodePNG")
            .localArguments());
    assertRejected("aws iam create-virtual-mfa-device --virtual-mfa-device-name m --outfile /tmp/qr.png --bootstrap-method Other",
        ErrorCode.INVALID_CHOICE, "argument --bootstrap-method: Invalid choice, valid choices are:");
    assertRejected("aws iam create-virtual-mfa-device --virtual-mfa-device-name m", ErrorCode.MISSING_REQUIRED,
        "the following arguments are required: --outfile, --bootstrap-method");
  }

  @Test
  void selectObjectContentWritesToAPositionalOutfile() {
    var c = assertParams("aws s3api select-object-content --bucket b --key k --expression 'select * from s3object'"
            + " --expression-type SQL --input-serialization '{\"CSV\": {}}' --output-serialization '{\"CSV\": {}}' out.csv",
        "{\"Bucket\": \"b\", \"Expression\": \"select * from s3object\", \"ExpressionType\": \"SQL\", \"InputSerialization\":"
            + " {\"CSV\": {}}, \"Key\": \"k\", \"OutputSerialization\": {\"CSV\": {}}}");
    assertEquals("out.csv", c.outfile().orElseThrow());
  }
}
