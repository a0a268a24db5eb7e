package dev.awsmcp.core.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.awsmcp.api.FileContent;
import dev.awsmcp.api.FileResolver;
import dev.awsmcp.api.error.ErrorCode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The CLI's parameter files: a whole value (or a shorthand {@code key@=value}) written as
 * {@code file://path} is the text of that file, {@code fileb://path} its bytes. Files are read
 * only through the {@link FileResolver}. Text is decoded as UTF-8 and, as Python's text mode
 * does, {@code \r\n} and {@code \r} become {@code \n}.
 *
 * <p>{@code http://} and {@code https://} values are never fetched: they stay literal strings.
 * AWS CLI v1 downloads them (unless {@code cli_follow_urlparam = false}); AWS CLI v2 dropped that,
 * and an engine run by an agent must not make requests the caller did not ask for.
 *
 * <p>Thread-safe if the resolver is.
 */
final class ParamFileLoader {
  static final String FILE = "file://";
  static final String FILEB = "fileb://";

  /**
   * Arguments whose values are URIs the CLI passes on as given ({@code PARAMFILE_DISABLED} of
   * awscli 1.45.11), as {@code <event service>.<operation>.<argument>}.
   */
  private static final Set<String> DISABLED = Set.of(
      "api-gateway.create-api.target",
      "api-gateway.create-integration.integration-uri",
      "api-gateway.put-integration.uri",
      "api-gateway.update-api.target",
      "api-gateway.update-integration.integration-uri",
      "appstream.create-stack.feedback-url",
      "appstream.create-stack.redirect-url",
      "appstream.update-stack.feedback-url",
      "appstream.update-stack.redirect-url",
      "cloudformation.create-change-set.template-url",
      "cloudformation.create-stack-set.template-url",
      "cloudformation.create-stack.stack-policy-url",
      "cloudformation.create-stack.template-url",
      "cloudformation.estimate-template-cost.template-url",
      "cloudformation.get-template-summary.template-url",
      "cloudformation.register-type.schema-handler-package",
      "cloudformation.set-stack-policy.stack-policy-url",
      "cloudformation.update-stack-set.template-url",
      "cloudformation.update-stack.stack-policy-during-update-url",
      "cloudformation.update-stack.stack-policy-url",
      "cloudformation.update-stack.template-url",
      "cloudformation.validate-template.template-url",
      "comprehend.batch-detect-dominant-language.text-list",
      "comprehend.batch-detect-entities.text-list",
      "comprehend.batch-detect-key-phrases.text-list",
      "comprehend.batch-detect-sentiment.text-list",
      "comprehend.detect-dominant-language.text",
      "comprehend.detect-entities.text",
      "comprehend.detect-key-phrases.text",
      "comprehend.detect-sentiment.text",
      "custom.cp.website-redirect",
      "custom.deploy.template-file",
      "custom.mv.website-redirect",
      "custom.package.template-file",
      "custom.sync.website-redirect",
      "emr.create-studio.idp-auth-url",
      "guardduty.create-ip-set.location",
      "guardduty.create-threat-intel-set.location",
      "guardduty.update-ip-set.location",
      "guardduty.update-threat-intel-set.location",
      "iam.create-open-id-connect-provider.url",
      "iot.create-job.document-source",
      "machine-learning.predict.predict-endpoint",
      "mediatailor.put-playback-configuration.ad-decision-server-url",
      "mediatailor.put-playback-configuration.slate-ad-url",
      "mediatailor.put-playback-configuration.video-content-source-url",
      "rds.copy-db-cluster-snapshot.pre-signed-url",
      "rds.copy-db-snapshot.pre-signed-url",
      "rds.create-db-cluster.pre-signed-url",
      "rds.create-db-instance-read-replica.pre-signed-url",
      "s3.copy-object.website-redirect-location",
      "s3.create-multipart-upload.website-redirect-location",
      "s3.put-object.website-redirect-location",
      "sagemaker.create-notebook-instance.additional-code-repositories",
      "sagemaker.create-notebook-instance.default-code-repository",
      "sagemaker.update-notebook-instance.additional-code-repositories",
      "sagemaker.update-notebook-instance.default-code-repository",
      "serverlessapplicationrepository.create-application-version.source-code-url",
      "serverlessapplicationrepository.create-application-version.template-url",
      "serverlessapplicationrepository.create-application.home-page-url",
      "serverlessapplicationrepository.create-application.license-url",
      "serverlessapplicationrepository.create-application.readme-url",
      "serverlessapplicationrepository.create-application.source-code-url",
      "serverlessapplicationrepository.create-application.template-url",
      "serverlessapplicationrepository.update-application.home-page-url",
      "serverlessapplicationrepository.update-application.readme-url",
      "service-catalog.create-product.support-url",
      "service-catalog.update-product.support-url",
      "ses.create-custom-verification-email-template.failure-redirection-url",
      "ses.create-custom-verification-email-template.success-redirection-url",
      "ses.put-account-details.website-url",
      "ses.update-custom-verification-email-template.failure-redirection-url",
      "ses.update-custom-verification-email-template.success-redirection-url",
      "sns.subscribe.notification-endpoint",
      "sqs.add-permission.queue-url",
      "sqs.change-message-visibility-batch.queue-url",
      "sqs.change-message-visibility.queue-url",
      "sqs.delete-message-batch.queue-url",
      "sqs.delete-message.queue-url",
      "sqs.delete-queue.queue-url",
      "sqs.get-queue-attributes.queue-url",
      "sqs.list-dead-letter-source-queues.queue-url",
      "sqs.list-queue-tags.queue-url",
      "sqs.purge-queue.queue-url",
      "sqs.receive-message.queue-url",
      "sqs.remove-permission.queue-url",
      "sqs.send-message-batch.queue-url",
      "sqs.send-message.queue-url",
      "sqs.set-queue-attributes.queue-url",
      "sqs.tag-queue.queue-url",
      "sqs.untag-queue.queue-url",
      "translate.translate-text.text",
      "workdocs.create-notification-subscription.notification-endpoint");

  private final FileResolver files;

  ParamFileLoader(FileResolver files) {
    this.files = Objects.requireNonNull(files, "files");
  }

  /** Whether the CLI leaves {@code file://} values of this argument alone. */
  static boolean isDisabled(ArgumentValueContext context, String argumentName) {
    return DISABLED.contains(context.paramFileEventName() + "." + argumentName);
  }

  /** Whether the value names a parameter file. */
  static boolean isParamFile(String value) {
    return value.startsWith(FILE) || value.startsWith(FILEB);
  }

  /**
   * The file's content when the value names a parameter file: a text node for {@code file://},
   * a binary node for {@code fileb://}; empty for any other value.
   */
  Optional<JsonNode> load(String value) throws ArgumentValueException {
    if (value.startsWith(FILE)) {
      return Optional.of(JsonNodeFactory.instance.textNode(readText(value.substring(FILE.length()), value)));
    }
    if (value.startsWith(FILEB)) {
      return Optional.of(JsonNodeFactory.instance.binaryNode(readBytes(value.substring(FILEB.length()), value)));
    }
    return Optional.empty();
  }

  /** A file named by a plain path (the value of a streaming blob argument). */
  FileContent readPath(String path) {
    return files.read(path);
  }

  private byte[] readBytes(String path, String written) throws ArgumentValueException {
    FileContent content = files.read(path);
    if (!content.isAvailable()) {
      throw new ArgumentValueException(ErrorCode.FILE_ERROR,
          "Unable to load paramfile " + ScalarValueText.truncate(written) + ": "
              + ScalarValueText.truncate(content.refusal().orElse("refused"), 1000));
    }
    return content.bytes();
  }

  private String readText(String path, String written) throws ArgumentValueException {
    byte[] bytes = readBytes(path, written);
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new ArgumentValueException(ErrorCode.FILE_ERROR,
          "Unable to load paramfile (" + ScalarValueText.truncate(path) + "), text contents could not be decoded.  If this is a "
              + "binary file, please use the fileb:// prefix instead of the file:// prefix.");
    }
    return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
  }
}
