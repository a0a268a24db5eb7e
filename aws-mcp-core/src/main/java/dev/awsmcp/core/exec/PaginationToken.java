package dev.awsmcp.core.exec;

import dev.awsmcp.core.text.PythonJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A {@code --starting-token} as botocore's {@code TokenEncoder}/{@code TokenDecoder} write and
 * read it: base64 of {@code json.dumps} of the input-token values, plus
 * {@code boto_truncate_amount} when {@code --max-items} stopped inside a page (the count of items
 * of that page already returned) and {@code boto_encoded_keys} listing the paths of blob values.
 * Tokens written here decode in the AWS CLI and the other way round, byte for byte.
 *
 * <p>Blob values stay base64 text in this engine's JSON, which is exactly what botocore writes
 * for them inside the token; {@link #blobPaths()} only remembers where they are so a re-encoded
 * token lists them again.
 *
 * <p>Immutable.
 */
final class PaginationToken {
  static final String TRUNCATE_AMOUNT = "boto_truncate_amount";
  static final String ENCODED_KEYS = "boto_encoded_keys";
  private static final ObjectMapper JSON = new ObjectMapper();
  // Python's int() accepts surrounding blanks, a sign and single underscores between digits.
  private static final Pattern PYTHON_INT = Pattern.compile("\\s*[+-]?\\d+(_\\d+)*\\s*");
  private static final Pattern NOT_BASE64 = Pattern.compile("[^A-Za-z0-9+/=]");

  private final Map<String, JsonNode> inputTokens;
  private final int truncateAmount;
  private final boolean hasTruncateAmount;
  private final List<List<Object>> blobPaths;

  private PaginationToken(Map<String, JsonNode> inputTokens, int truncateAmount, boolean hasTruncateAmount,
      List<List<Object>> blobPaths) {
    this.inputTokens = Collections.unmodifiableMap(new LinkedHashMap<>(inputTokens));
    this.truncateAmount = truncateAmount;
    this.hasTruncateAmount = hasTruncateAmount;
    this.blobPaths = List.copyOf(blobPaths);
  }

  /**
   * A token that resumes at a page boundary, or inside a page when {@code truncateAmount} is
   * given. Values may be JSON null (an input token the next request must not send).
   */
  static PaginationToken of(Map<String, JsonNode> inputTokens, Integer truncateAmount, List<List<Object>> blobPaths) {
    Objects.requireNonNull(inputTokens, "inputTokens");
    return new PaginationToken(inputTokens, truncateAmount == null ? 0 : truncateAmount, truncateAmount != null,
        blobPaths);
  }

  /** The input member values to send with the first request, in the token's order. */
  Map<String, JsonNode> inputTokens() {
    return inputTokens;
  }

  /** How many items of the first page's primary result key were returned already. */
  int truncateAmount() {
    return truncateAmount;
  }

  boolean hasTruncateAmount() {
    return hasTruncateAmount;
  }

  /** Paths (member names and list indexes) of blob values, as {@code boto_encoded_keys} lists them. */
  List<List<Object>> blobPaths() {
    return blobPaths;
  }

  /** The same token resuming inside the page, {@code amount} items in. */
  PaginationToken withTruncateAmount(int amount) {
    return new PaginationToken(inputTokens, amount, true, blobPaths);
  }

  /** botocore's {@code TokenEncoder.encode}. */
  String encode() {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    inputTokens.forEach((k, v) -> json.set(k, v == null ? JsonNodeFactory.instance.nullNode() : v));
    if (hasTruncateAmount) {
      json.put(TRUNCATE_AMOUNT, truncateAmount);
    }
    if (!blobPaths.isEmpty()) {
      ArrayNode paths = json.putArray(ENCODED_KEYS);
      for (List<Object> path : blobPaths) {
        ArrayNode p = paths.addArray();
        for (Object step : path) {
          if (step instanceof Integer) {
            p.add((Integer) step);
          } else {
            p.add(String.valueOf(step));
          }
        }
      }
    }
    return Base64.getEncoder().encodeToString(PythonJson.compact(json).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads a {@code --starting-token} for an operation whose paginator has these input tokens.
   * As botocore, a string that is not an encoded token is taken as the service's own token
   * (botocore's older {@code token___token___index} form included), so a raw {@code NextToken}
   * copied from a service answer works too.
   *
   * @throws InvalidPaginationTokenException when the token cannot be meant for this operation
   */
  static PaginationToken decode(String token, List<String> inputTokenNames) {
    Objects.requireNonNull(token, "token");
    JsonNode json = encodedJson(token);
    if (json == null || json.isArray()) {
      // botocore falls back to the plain form on any decoding error, and on a JSON list
      return plain(token, inputTokenNames);
    }
    if (!json.isObject()) {
      throw new InvalidPaginationTokenException(
          "the starting token decodes to JSON " + json.getNodeType().toString().toLowerCase() + ", not an object;"
              + " pass the NextToken of an earlier answer unchanged");
    }
    return fromJson((ObjectNode) json, inputTokenNames);
  }

  private static PaginationToken fromJson(ObjectNode json, List<String> inputTokenNames) {
    List<List<Object>> blobPaths = new ArrayList<>();
    JsonNode encoded = json.remove(ENCODED_KEYS);
    if (encoded != null) {
      readBlobPaths(json, encoded, blobPaths);
    }
    Integer truncate = null;
    JsonNode amount = json.remove(TRUNCATE_AMOUNT);
    if (amount != null) {
      if (!amount.isIntegralNumber() || !amount.canConvertToInt()) {
        throw new InvalidPaginationTokenException("the starting token's " + TRUNCATE_AMOUNT + " is not an integer: "
            + amount);
      }
      truncate = amount.intValue();
    }
    Map<String, JsonNode> values = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) json::fields) {
      if (!inputTokenNames.contains(e.getKey())) {
        throw new InvalidPaginationTokenException("the starting token holds '" + e.getKey()
            + "', which is not a pagination input of this operation (expected " + String.join(", ", inputTokenNames)
            + "); it was issued for another command");
      }
      values.put(e.getKey(), e.getValue());
    }
    for (String name : inputTokenNames) {
      values.putIfAbsent(name, JsonNodeFactory.instance.nullNode());
    }
    return new PaginationToken(values, truncate == null ? 0 : truncate, truncate != null, blobPaths);
  }

  private static void readBlobPaths(ObjectNode json, JsonNode encoded, List<List<Object>> out) {
    if (!encoded.isArray()) {
      throw new InvalidPaginationTokenException("the starting token's " + ENCODED_KEYS + " is not a list");
    }
    for (JsonNode path : encoded) {
      List<Object> steps = new ArrayList<>();
      JsonNode at = json;
      if (!path.isArray() || path.isEmpty()) {
        throw new InvalidPaginationTokenException("the starting token's " + ENCODED_KEYS + " holds a bad path: " + path);
      }
      for (JsonNode step : path) {
        if (step.isTextual()) {
          steps.add(step.textValue());
          at = at.path(step.textValue());
        } else if (step.isInt()) {
          steps.add(step.intValue());
          at = at.path(step.intValue());
        } else {
          throw new InvalidPaginationTokenException("the starting token's " + ENCODED_KEYS + " holds a bad path: " + path);
        }
      }
      if (!at.isTextual() || !isBase64(at.textValue())) {
        throw new InvalidPaginationTokenException("the starting token's blob at " + path + " is not base64");
      }
      out.add(steps);
    }
  }

  private static boolean isBase64(String s) {
    try {
      Base64.getDecoder().decode(s);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  // base64.b64decode (which skips characters outside the alphabet), strict UTF-8, json.loads;
  // null when any step fails, as botocore then tries the plain form.
  private static JsonNode encodedJson(String token) {
    try {
      String cleaned = NOT_BASE64.matcher(token).replaceAll("");
      if (cleaned.length() % 4 != 0) {
        return null; // Python: "Incorrect padding" (Java would accept it)
      }
      byte[] bytes = Base64.getDecoder().decode(cleaned);
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
      JsonNode json = JSON.readTree(text);
      return json == null || json.isMissingNode() ? null : json;
    } catch (IllegalArgumentException | CharacterCodingException | JsonProcessingException e) {
      return null;
    }
  }

  // botocore's _parse_starting_token_deprecated: "a___b___3" is tokens a and b resuming 3 items
  // into the page; fewer parts than input tokens leave the rest unset; the text "None" is unset.
  private static PaginationToken plain(String token, List<String> inputTokenNames) {
    List<String> parts = new ArrayList<>(List.of(token.split("___", -1)));
    Integer index = null;
    if (parts.size() == inputTokenNames.size() + 1) {
      String last = parts.get(parts.size() - 1);
      if (PYTHON_INT.matcher(last).matches()) {
        parts.remove(parts.size() - 1);
        index = Integer.valueOf(last.strip().replace("_", ""));
      } else {
        parts = new ArrayList<>(List.of(token));
      }
    }
    if (parts.size() > inputTokenNames.size()) {
      throw new InvalidPaginationTokenException("bad starting token: it has " + parts.size()
          + " parts separated by ___ but the operation takes " + inputTokenNames.size() + " input token(s)");
    }
    Map<String, JsonNode> values = new LinkedHashMap<>();
    for (int i = 0; i < inputTokenNames.size(); i++) {
      String part = i < parts.size() ? parts.get(i) : null;
      values.put(inputTokenNames.get(i), part == null || part.equals("None")
          ? JsonNodeFactory.instance.nullNode() : JsonNodeFactory.instance.textNode(part));
    }
    // an old-style index is used by botocore but never re-encoded with its marker
    return new PaginationToken(values, index == null ? 0 : index, false, List.of());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PaginationToken && encode().equals(((PaginationToken) o).encode());
  }

  @Override
  public int hashCode() {
    return encode().hashCode();
  }

  @Override
  public String toString() {
    return "PaginationToken" + inputTokens + (hasTruncateAmount ? " +" + truncateAmount : "");
  }
}
