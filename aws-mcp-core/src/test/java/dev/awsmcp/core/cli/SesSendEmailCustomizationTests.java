package dev.awsmcp.core.cli;

import static dev.awsmcp.core.cli.CustomizationCases.assertParams;
import static dev.awsmcp.core.cli.CustomizationCases.assertRejected;

import dev.awsmcp.api.error.ErrorCode;
import org.junit.jupiter.api.Test;

/** ses send-email's simple form; expected values from awscli 1.45.11. */
class SesSendEmailCustomizationTests {
  @Test
  void addressesAndBodyBuildDestinationAndMessage() {
    assertParams("aws ses send-email --from sender@example.com --to a@example.com b@example.com --cc c@example.com"
            + " --bcc d@example.com --subject Hello --text 'Plain body' --html file://body.html",
        "{\"Destination\": {\"BccAddresses\": [\"d@example.com\"], \"CcAddresses\": [\"c@example.com\"], \"ToAddresses\":"
            + " [\"a@example.com\", \"b@example.com\"]}, \"Message\": {\"Body\": {\"Html\": {\"Data\": \"<p>Hi</p>\\n\"}, \"Text\":"
            + " {\"Data\": \"Plain body\"}}, \"Subject\": {\"Data\": \"Hello\"}}, \"Source\": \"sender@example.com\"}");
  }

  @Test
  void subjectReplacesTheSubjectOfMessage() {
    assertParams("aws ses send-email --from sender@example.com --message 'Subject={Data=Old},Body={Text={Data=t}}'"
            + " --subject New --destination ToAddresses=x@example.com",
        "{\"Destination\": {\"ToAddresses\": [\"x@example.com\"]}, \"Message\": {\"Body\": {\"Text\": {\"Data\": \"t\"}},"
            + " \"Subject\": {\"Data\": \"New\"}}, \"Source\": \"sender@example.com\"}");
  }

  @Test
  void emptyValuesAreIgnoredAndOneFileIsOneString() {
    assertParams("aws ses send-email --from sender@example.com --to file://to.txt --subject '' --text body",
        "{\"Destination\": {\"ToAddresses\": \"a@b.c\"}, \"Message\": {\"Body\": {\"Text\": {\"Data\": \"body\"}}, \"Subject\": {}},"
            + " \"Source\": \"sender@example.com\"}");
  }

  @Test
  void simpleAndStructuredFormsExcludeEachOther() {
    assertRejected("aws ses send-email --from sender@example.com --to a@example.com --destination ToAddresses=x@example.com",
        ErrorCode.UNEXPECTED_ARGUMENT,
        "The key \"to\" cannot be specified when one of the following keys are also specified: destination");
    assertRejected("aws ses send-email --from sender@example.com --to a@example.com"
            + " --message 'Subject={Data=s},Body={Text={Data=t}}' --html '<b>x</b>'",
        ErrorCode.UNEXPECTED_ARGUMENT,
        "The key \"html\" cannot be specified when one of the following keys are also specified: message");
  }
}
