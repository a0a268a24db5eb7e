package dev.awsmcp.core.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.core.cli.CliArgument.Arity;
import dev.awsmcp.core.model.Member;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code ec2 bundle-instance}'s scalar arguments ({@code awscli/customizations/ec2/bundleinstance.py}):
 * {@code --bucket}, {@code --prefix}, {@code --owner-akid}, {@code --owner-sak} and
 * {@code --policy} fill {@code Storage.S3} ({@code --storage} becomes optional, and mixing it with
 * them is refused). Before the call, as the CLI's {@code before-parameter-build} handler does,
 * a missing {@code UploadPolicy} is generated (bucket, {@code ec2-bundle-read} ACL, key prefix,
 * expiring 24 hours from now) and, with {@code --owner-sak}, signed
 * ({@code UploadPolicySignature} = base64 HMAC-SHA1 of the base64 policy); the secret key itself is
 * not sent. {@code UploadPolicy} is a blob: like every blob here it is held as base64.
 */
final class BundleInstanceCustomization implements OperationCustomization {
  private static final List<String> NAMES = List.of("bucket", "prefix", "owner-akid", "owner-sak", "policy");
  private static final String SECRET = "_SAK";
  private static final DateTimeFormatter EXPIRES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'");

  private final Clock clock;

  BundleInstanceCustomization() {
    this(Clock.systemUTC());
  }

  /** @param clock the current time, for the policy's expiry */
  BundleInstanceCustomization(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void customizeTable(Map<String, CliArgument> table, ServiceModel service, Operation operation) {
    CliArgument storage = table.get("storage");
    if (storage != null) {
      table.put("storage", new CliArgument(storage.name(), storage.kind(), storage.member(), storage.arity(), false,
          storage.hidden()));
    }
    for (String name : NAMES) {
      table.put(name, CliArgument.custom(name, Arity.ONE));
    }
  }

  @Override
  public CommandError apply(Map<String, List<String>> given, ObjectNode params, ServiceModel service, Operation operation,
      ArgumentValueParser values) {
    if (CustomArgumentValues.truthy(params.get("Storage"))
        && NAMES.stream().anyMatch(n -> given.containsKey(n) && !given.get(n).get(0).isEmpty())) {
      return CommandError.forParameter(ErrorCode.UNEXPECTED_ARGUMENT, "--storage",
          "Mixing the --storage option with the simple, scalar options is not recommended.");
    }
    for (String name : NAMES) {
      List<String> words = given.get(name);
      if (words == null) {
        continue;
      }
      ValueResult v = name.equals("policy") ? policy(values, service, operation, words)
          : CustomArgumentValues.text(values, "--" + name, words.get(0));
      if (v.isError()) {
        return v.error();
      }
      if (!CustomArgumentValues.truthy(v.value())) {
        continue;
      }
      if (!params.has("Storage")) {
        params.putObject("Storage").putObject("S3");
      }
      JsonNode s3 = params.path("Storage").path("S3");
      if (!s3.isObject()) {
        return CommandError.forParameter(ErrorCode.INVALID_TYPE, "--" + name, "--" + name + " fills Storage.S3, which is not a structure");
      }
      ((ObjectNode) s3).set(key(name), v.value());
    }
    return null;
  }

  // The policy is the blob UploadPolicy: read as the model's blob, so it is held as base64.
  private static ValueResult policy(ArgumentValueParser values, ServiceModel service, Operation operation, List<String> words) {
    Optional<Member> member = operation.inputShape().map(service::shape)
        .flatMap(in -> in.member("Storage"))
        .flatMap(m -> m.target().member("S3"))
        .flatMap(m -> m.target().member("UploadPolicy"));
    return member.isPresent() ? values.parse("--policy", member.get(), words)
        : CustomArgumentValues.text(values, "--policy", words.get(0));
  }

  private static String key(String name) {
    switch (name) {
      case "bucket": return "Bucket";
      case "prefix": return "Prefix";
      case "owner-akid": return "AWSAccessKeyId";
      case "owner-sak": return SECRET;
      default: return "UploadPolicy";
    }
  }

  @Override
  public CommandError beforeParameterBuild(ObjectNode params, ServiceModel service, Operation operation) {
    JsonNode s3Node = params.path("Storage").path("S3");
    if (!s3Node.isObject()) {
      return null; // the CLI fails here too; the validator reports the missing Storage
    }
    ObjectNode s3 = (ObjectNode) s3Node;
    if (!s3.has("UploadPolicy")) {
      if (!s3.path("Bucket").isTextual() || !s3.path("Prefix").isTextual()) {
        return CommandError.forParameter(ErrorCode.MISSING_REQUIRED, s3.has("Bucket") ? "--prefix" : "--bucket",
            "bundle-instance needs --bucket and --prefix to make the upload policy (or give --policy)");
      }
      String expires = LocalDateTime.now(clock).plusHours(24).format(EXPIRES);
      String policy = "{\"expiration\": \"" + expires + "\",\"conditions\": [{\"bucket\": \"" + s3.get("Bucket").textValue()
          + "\"},{\"acl\": \"ec2-bundle-read\"},[\"starts-with\", \"$key\", \"" + s3.get("Prefix").textValue() + "\"]]}";
      s3.put("UploadPolicy", Base64.getEncoder().encodeToString(policy.getBytes(StandardCharsets.UTF_8)));
    }
    if (!s3.has("UploadPolicySignature")) {
      JsonNode secret = s3.get(SECRET);
      String policy = policyText(s3.get("UploadPolicy"));
      if (CustomArgumentValues.truthy(secret) && secret.isTextual() && policy != null && !policy.isEmpty()) {
        byte[] latin1 = latin1(policy);
        if (latin1 == null) {
          return CommandError.forParameter(ErrorCode.INVALID_TYPE, "--policy", "the upload policy must be Latin-1 text to be signed");
        }
        String encoded = Base64.getEncoder().encodeToString(latin1);
        try {
          Mac mac = Mac.getInstance("HmacSHA1");
          mac.init(new SecretKeySpec(secret.textValue().getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
          byte[] digest = mac.doFinal(encoded.getBytes(StandardCharsets.ISO_8859_1));
          s3.put("UploadPolicySignature", Base64.getEncoder().encodeToString(digest));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
          return CommandError.forParameter(ErrorCode.INVALID_TYPE, "--owner-sak", "cannot sign the upload policy: " + e.getMessage());
        }
        s3.remove(SECRET);
      }
    }
    return null;
  }

  // UploadPolicy is held as base64 of its UTF-8 text.
  private static String policyText(JsonNode blob) {
    if (blob == null || !blob.isTextual()) {
      return null;
    }
    try {
      byte[] bytes = Base64.getDecoder().decode(blob.textValue());
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (IllegalArgumentException | CharacterCodingException e) {
      return null;
    }
  }

  private static byte[] latin1(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0xFF) {
        return null;
      }
    }
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }
}
