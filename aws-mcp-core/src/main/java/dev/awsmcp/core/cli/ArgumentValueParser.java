package dev.awsmcp.core.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.awsmcp.api.FileContent;
import dev.awsmcp.api.FileResolver;
import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.core.model.Member;
import dev.awsmcp.core.model.MemberTraits;
import dev.awsmcp.core.model.Shape;
import dev.awsmcp.core.model.ShapeType;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the words given to one CLI argument into the API input value, as awscli 1.45 does
 * ({@code unpack_argument}, then {@code ParamShorthandParser} or {@code unpack_cli_arg}), with
 * botocore's blob and timestamp handling applied (see {@link ArgumentValueNormalizer}).
 *
 * <ol>
 *   <li>{@code long}, {@code float} and {@code double} arguments are converted first, as argparse
 *       does, so {@code file://} does not apply to them.
 *   <li>A whole value {@code file://path} is the file's text, {@code fileb://path} its bytes,
 *       except for the arguments the CLI exempts; for a list argument only when it has exactly one
 *       word. {@code http(s)://} values stay literal (see {@link ParamFileLoader}).
 *   <li>Structures, maps and lists of non-scalars take shorthand unless the (first) value
 *       starts with <code>[</code> or <code>&#123;</code>, or the argument is a document or
 *       holds only documents. A structure whose only member is the string {@code Value} takes a
 *       bare value without {@code =}. Each word of a list argument is one shorthand element.
 *   <li>Otherwise: documents and JSON-value headers are JSON; structures and maps must be JSON;
 *       a list is JSON when its only word starts with {@code [}, else each word is one element;
 *       scalars are converted by type.
 * </ol>
 *
 * <p>Faithful to a fault: a list argument given one {@code file://} word that holds no JSON list
 * becomes a list of the file's characters, as in the CLI. Errors read {@code Error parsing
 * parameter '--x': ...} with the CLI's wording where it has one.
 *
 * <p>Thread-safe if the resolver is; build once and share.
 */
public final class ArgumentValueParser {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Lists of one-member structures the CLI still fills from bare words, by event service. */
  private static final Map<String, Map<String, Set<String>>> LEGACY_LIST_ARGUMENTS = Map.of(
      "firehose", Map.of("put-record-batch", Set.of("records")),
      "workspaces", Map.of(
          "reboot-workspaces", Set.of("reboot-workspace-requests"),
          "rebuild-workspaces", Set.of("rebuild-workspace-requests"),
          "terminate-workspaces", Set.of("terminate-workspace-requests")),
      "elastic-load-balancing", Map.of(
          "remove-tags", Set.of("tags"),
          "describe-instance-health", Set.of("instances"),
          "deregister-instances-from-load-balancer", Set.of("instances"),
          "register-instances-with-load-balancer", Set.of("instances")));

  private final ParamFileLoader files;
  private final ShorthandParser shorthand;
  private final ArgumentValueNormalizer normalizer;

  public ArgumentValueParser(FileResolver files, BinaryFormat binaryFormat) {
    this.files = new ParamFileLoader(files);
    this.shorthand = new ShorthandParser(files);
    this.normalizer = new ArgumentValueNormalizer(Objects.requireNonNull(binaryFormat, "binaryFormat"));
  }

  /** Reads an argument outside any command: parameter files always load, no legacy rules. */
  public ValueResult parse(String cliArgName, Member member, List<String> words) {
    return parse(ArgumentValueContext.NONE, cliArgName, member, words);
  }

  /**
   * Reads the words given to one top-level argument.
   *
   * @param context the command, for the CLI's per-command rules
   * @param cliArgName the argument as written in the CLI, with or without {@code --}
   * @param member the input member the argument sets
   * @param words the words after the option: one, or any number for a list member
   */
  public ValueResult parse(ArgumentValueContext context, String cliArgName, Member member, List<String> words) {
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(member, "member");
    String argName = cliArgName.startsWith("--") ? cliArgName.substring(2) : cliArgName;
    String param = "--" + argName;
    try {
      return ValueResult.of(read(context, argName, member, List.copyOf(words)));
    } catch (ArgumentValueException e) {
      return ValueResult.failure(CommandError.forParameter(
          e.code(), param, "Error parsing parameter '" + param + "': " + e.getMessage()));
    }
  }

  private JsonNode read(ArgumentValueContext context, String argName, Member member, List<String> words)
      throws ArgumentValueException {
    Shape shape = member.target();
    boolean isList = shape.type() == ShapeType.LIST;
    if (!isList && words.size() != 1) {
      throw words.isEmpty()
          ? new ArgumentValueException(ErrorCode.MISSING_VALUE, "expected one argument")
          : new ArgumentValueException(ErrorCode.UNEXPECTED_ARGUMENT,
              "expected one argument, got " + words.size() + " (quote a value that contains spaces)");
    }
    // argparse converts these before any other processing (CLIArgument.TYPE_MAP).
    if (!isList && shape.type() == ShapeType.LONG) {
      return argparse(() -> ScalarValueParser.parseInt(words.get(0)), "int", words.get(0));
    }
    if (!isList && (shape.type() == ShapeType.FLOAT || shape.type() == ShapeType.DOUBLE)) {
      return argparse(() -> ScalarValueParser.parseFloatNode(words.get(0)), "float", words.get(0));
    }

    // load-cli-arg: parameter files.
    Object raw = isList ? words : words.get(0);
    String single = words.size() == 1 ? words.get(0) : null;
    if (single != null && !ParamFileLoader.isDisabled(context, argName)) {
      Optional<JsonNode> loaded = files.load(single);
      if (loaded.isPresent()) {
        raw = loaded.get().isBinary() ? ((BinaryNode) loaded.get()).binaryValue() : loaded.get().textValue();
      }
    }

    boolean jsonHeader = isJsonValueHeader(member.traits(), shape);
    boolean streaming = shape.type() == ShapeType.BLOB && (member.traits().streaming() || shape.isStreaming());
    if (raw instanceof byte[]) {
      byte[] bytes = (byte[]) raw;
      if (shape.type() == ShapeType.BLOB && !streaming) {
        return normalizer.normalize(NODES.binaryNode(bytes), shape);
      }
      if (!streaming && !shape.isDocument() && !jsonHeader) {
        throw new ArgumentValueException(ErrorCode.INVALID_TYPE,
            "fileb:// loads bytes, which only a blob parameter takes; use file:// to load text");
      }
      raw = utf8(bytes); // json.loads(bytes), or a path given as bytes
    }

    // process-cli-arg: shorthand, or the default unpacking.
    JsonNode value = shouldParseAsShorthand(shape, raw)
        ? parseShorthand(context, argName, shape, raw)
        : unpack(shape, jsonHeader, streaming, raw);
    return normalizer.normalize(value, shape);
  }

  // --- shorthand (ParamShorthandParser) ---

  private static boolean shouldParseAsShorthand(Shape shape, Object raw) {
    Object check = raw instanceof List && !((List<?>) raw).isEmpty() ? ((List<?>) raw).get(0) : raw;
    if (check instanceof String) {
      String s = ScalarValueText.strip((String) check);
      if (s.startsWith("[") || s.startsWith("{")) {
        return false; // looks like JSON
      }
    }
    return !isDocumentContainer(shape) && isComplex(shape)
        && (shape.type() != ShapeType.LIST || isComplex(shape.listMember().target()));
  }

  private JsonNode parseShorthand(ArgumentValueContext context, String argName, Shape shape, Object raw)
      throws ArgumentValueException {
    if (shape.type() == ShapeType.LIST && usesLegacyListForm(context, argName, shape)) {
      // --instance-ids id-1 id-2 → [{"InstanceId": "id-1"}, {"InstanceId": "id-2"}]
      String key = shape.listMember().target().members().keySet().iterator().next();
      ArrayNode list = NODES.arrayNode();
      for (String word : words(raw)) {
        list.addObject().put(key, word);
      }
      return list;
    }
    if (raw instanceof String && isValueWrapper(shape) && ((String) raw).indexOf('=') < 0) {
      // --instance-initiated-shutdown-behavior stop → {"Value": "stop"}
      return NODES.objectNode().put("Value", (String) raw);
    }
    JsonNode parsed;
    if (raw instanceof List) {
      ArrayNode list = NODES.arrayNode();
      for (Object word : (List<?>) raw) {
        list.add(shorthand.parseOrThrow((String) word));
      }
      parsed = list;
    } else {
      parsed = shorthand.parseOrThrow((String) raw);
    }
    ShorthandModelVisitor.visit(parsed, shape);
    return parsed;
  }

  private static boolean usesLegacyListForm(ArgumentValueContext context, String argName, Shape list) {
    Shape element = list.listMember().target();
    return element.type() == ShapeType.STRUCTURE && element.members().size() == 1
        && LEGACY_LIST_ARGUMENTS.getOrDefault(context.shorthandEventService(), Map.of())
            .getOrDefault(context.operation(), Set.of()).contains(argName);
  }

  private static boolean isValueWrapper(Shape shape) {
    if (shape.type() != ShapeType.STRUCTURE || shape.members().size() != 1) {
      return false;
    }
    Member value = shape.members().get("Value");
    return value != null && value.target().type() == ShapeType.STRING;
  }

  // --- the default unpacking (unpack_cli_arg) ---

  private JsonNode unpack(Shape shape, boolean jsonHeader, boolean streaming, Object raw)
      throws ArgumentValueException {
    if (jsonHeader) {
      String text = (String) raw;
      ArgumentValueJson.parse(text); // validated; the header carries the text
      return NODES.textNode(text);
    }
    if (shape.isDocument()) {
      return ArgumentValueJson.parse((String) raw);
    }
    switch (shape.type()) {
      case STRUCTURE:
      case MAP:
        return jsonStartingWith('{', (String) raw);
      case LIST:
        return unpackList(shape, raw);
      default:
        return unpackScalar(shape, streaming, (String) raw);
    }
  }

  private JsonNode unpackList(Shape shape, Object raw) throws ArgumentValueException {
    if (raw instanceof String) {
      String text = (String) raw;
      if (ScalarValueText.lstrip(text).startsWith("[")) {
        return ArgumentValueJson.parse(text);
      }
      if (ScalarValueText.lstrip(text).isEmpty()) {
        throw new ArgumentValueException(ErrorCode.INVALID_JSON, "Invalid JSON:\n" + text);
      }
    } else {
      List<?> words = (List<?>) raw;
      if (words.size() == 1 && ScalarValueText.strip((String) words.get(0)).startsWith("[")) {
        return ArgumentValueJson.parse((String) words.get(0));
      }
    }
    // Each word is one element; a string (from file://) is iterated character by character.
    Shape element = shape.listMember().target();
    ArrayNode list = NODES.arrayNode();
    for (String word : words(raw)) {
      list.add(unpack(element, false, false, word));
    }
    return list;
  }

  private JsonNode unpackScalar(Shape shape, boolean streaming, String value) throws ArgumentValueException {
    switch (shape.type()) {
      case INTEGER:
      case LONG:
        return ScalarValueParser.parseInt(value);
      case FLOAT:
      case DOUBLE:
        return ScalarValueParser.parseFloatNode(value);
      case BOOLEAN:
        // Flags never get here; a value is true unless it is empty or "false".
        return BooleanNode.valueOf(!value.toLowerCase(Locale.ROOT).equals("false") && !value.isEmpty());
      case BLOB:
        if (streaming) {
          FileContent content = files.readPath(value);
          if (!content.isAvailable()) {
            throw new ArgumentValueException(ErrorCode.FILE_ERROR,
                "Blob values must be a path to a file. ("
                    + ScalarValueText.truncate(content.refusal().orElse("refused"), 1000) + ")");
          }
          return NODES.binaryNode(content.bytes());
        }
        return NODES.textNode(value);
      default:
        return NODES.textNode(value); // strings, timestamps; types the CLI does not know stay text
    }
  }

  private static JsonNode jsonStartingWith(char first, String text) throws ArgumentValueException {
    if (!ScalarValueText.lstrip(text).startsWith(String.valueOf(first))) {
      throw new ArgumentValueException(ErrorCode.INVALID_JSON, "Invalid JSON:\n" + ScalarValueText.truncate(text));
    }
    return ArgumentValueJson.parse(text);
  }

  // --- helpers ---

  private static boolean isJsonValueHeader(MemberTraits traits, Shape shape) {
    return traits.jsonValue() && traits.location() == MemberTraits.Location.HEADER && shape.type() == ShapeType.STRING;
  }

  private static boolean isComplex(Shape shape) {
    return shape.type() == ShapeType.STRUCTURE || shape.type() == ShapeType.LIST || shape.type() == ShapeType.MAP;
  }

  /** A document, or lists and maps whose innermost values are documents. */
  private static boolean isDocumentContainer(Shape shape) {
    Shape s = shape;
    for (int i = 0; i < 100; i++) {
      if (s.type() == ShapeType.LIST) {
        s = s.listMember().target();
      } else if (s.type() == ShapeType.MAP) {
        s = s.mapValue().target();
      } else {
        return s.isDocument();
      }
    }
    return false;
  }

  /** The words of a list argument; a single string is iterated as Python iterates it. */
  private static List<String> words(Object raw) {
    if (raw instanceof String) {
      return ((String) raw).codePoints().mapToObj(Character::toString).collect(Collectors.toList());
    }
    @SuppressWarnings("unchecked")
    List<String> words = (List<String>) raw;
    return words;
  }

  private static String utf8(byte[] bytes) throws ArgumentValueException {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new ArgumentValueException(ErrorCode.INVALID_TYPE, "fileb:// content is not UTF-8 text");
    }
  }

  private static JsonNode argparse(Conversion conversion, String type, String word) throws ArgumentValueException {
    try {
      return conversion.convert();
    } catch (ArgumentValueException e) {
      throw new ArgumentValueException(ErrorCode.INVALID_TYPE, "invalid " + type + " value: " + ScalarValueText.repr(word));
    }
  }

  @FunctionalInterface
  private interface Conversion {
    JsonNode convert() throws ArgumentValueException;
  }
}
