package dev.awsmcp.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.api.error.ErrorKind;
import dev.awsmcp.core.text.DidYouMean;
import dev.awsmcp.core.validate.ShapeRules.MemberRules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One walk of a command's input against its input shape, collecting every violation in input
 * order: a structure's own findings (union, missing members) come before those of its members,
 * which follow the order the input gives them. Not thread-safe; one instance per validation.
 */
final class InputChecker {
  /** Deepest nesting walked; deeper values are reported once and not looked into. */
  static final int MAX_DEPTH = 100;
  /** Findings kept per validation; the walk stops once this many are found. */
  static final int MAX_ERRORS = 100;
  private static final int SUGGESTIONS = 3;

  private final ShapeRulesCache cache;
  private final ParameterNames names;
  private final List<CommandError> errors = new ArrayList<>();

  InputChecker(ShapeRulesCache cache, ParameterNames names) {
    this.cache = cache;
    this.names = names;
  }

  List<CommandError> errors() {
    return errors;
  }

  /** Checks the top-level input: missing members here are missing context for the user. */
  void checkInput(ShapeRules input, ObjectNode params) {
    for (MemberRules m : input.required) {
      if (!present(params.get(m.name))) {
        String cli = names.cliName(m.name);
        add(new CommandError(ErrorCode.MISSING_REQUIRED, ErrorKind.MISSING_CONTEXT,
            "missing required parameter " + cli, Optional.of(cli), List.of()));
      }
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = params.fields(); it.hasNext() && !full(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      MemberRules m = input.members.get(e.getKey());
      if (m == null) {
        List<String> close = DidYouMean.suggest(e.getKey(), input.memberNames, SUGGESTIONS);
        add(new CommandError(ErrorCode.UNKNOWN_KEY, ErrorKind.VALIDATION,
            "unknown input member '" + e.getKey() + "'" + Messages.didYouMean(close)
                + "; valid members: " + Messages.list(input.memberNames),
            Optional.of(e.getKey()), close));
      } else {
        checkField(e.getValue(), m, input, ValuePath.parameter(m.name, names), 1);
      }
    }
  }

  /** Checks the input of an operation that takes none: every key is unknown. */
  void checkNoInput(ObjectNode params) {
    params.fieldNames().forEachRemaining(key -> add(new CommandError(ErrorCode.UNKNOWN_KEY,
        ErrorKind.VALIDATION, "unknown input member '" + key + "': the operation takes no input",
        Optional.of(key), List.of())));
  }

  private void checkField(JsonNode v, MemberRules m, ShapeRules owner, ValuePath path, int depth) {
    if (!v.isNull()) {
      check(v, m, path, depth);
    } else if (!owner.required.contains(m)) {
      // a null required member has already been reported as missing
      add(error(ErrorCode.INVALID_TYPE, path, "null is not a value; omit the parameter instead"));
    }
  }

  private void check(JsonNode v, MemberRules m, ValuePath path, int depth) {
    if (full()) {
      return;
    }
    if (depth > MAX_DEPTH) {
      tooDeep(path);
      return;
    }
    if (m.jsonValue || m.streaming) {
      checkDepth(v, path, depth);
      return;
    }
    ShapeRules r = m.target(cache);
    switch (r.kind) {
      case ANY:
        return;
      case DOCUMENT:
        checkDepth(v, path, depth);
        return;
      case STRUCTURE:
        checkStructure(v, r, path, depth);
        return;
      case LIST:
        checkList(v, r, path, depth);
        return;
      case MAP:
        checkMap(v, r, path, depth);
        return;
      default:
        checkScalar(v, r, m, path);
    }
  }

  private void checkStructure(JsonNode v, ShapeRules r, ValuePath path, int depth) {
    if (!v.isObject()) {
      typeMismatch(v, r, path);
      return;
    }
    if (r.union) {
      checkUnion(v, r, path);
    }
    for (MemberRules m : r.required) {
      if (!present(v.get(m.name))) {
        ValuePath p = path.key(m.name);
        add(new CommandError(ErrorCode.MISSING_REQUIRED, ErrorKind.VALIDATION,
            path + ": missing required key '" + m.name + "'", Optional.of(p.toString()), List.of()));
      }
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext() && !full(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      MemberRules m = r.members.get(e.getKey());
      if (m == null) {
        List<String> close = DidYouMean.suggest(e.getKey(), r.memberNames, SUGGESTIONS);
        add(error(ErrorCode.UNKNOWN_KEY, path.key(e.getKey()),
            path + ": unknown key '" + e.getKey() + "'" + Messages.didYouMean(close)
                + "; valid keys: " + Messages.list(r.memberNames)).withSuggestions(close));
      } else {
        checkField(e.getValue(), m, r, path.key(m.name), depth + 1);
      }
    }
  }

  private void checkUnion(JsonNode v, ShapeRules r, ValuePath path) {
    List<String> set = new ArrayList<>(2);
    boolean unknown = false;
    for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!r.members.containsKey(e.getKey())) {
        unknown = true;
      } else if (present(e.getValue())) {
        set.add(e.getKey());
      }
    }
    if (set.size() > 1) {
      add(error(ErrorCode.INVALID_TYPE, path, path + ": set exactly one of " + Messages.list(r.memberNames)
          + " (it is a union), not " + String.join(" and ", set)));
    } else if (set.isEmpty() && !unknown) {
      add(new CommandError(ErrorCode.MISSING_REQUIRED, ErrorKind.VALIDATION,
          path + ": set exactly one of " + Messages.list(r.memberNames) + " (it is a union)",
          Optional.of(path.toString()), List.of()));
    }
  }

  private void checkList(JsonNode v, ShapeRules r, ValuePath path, int depth) {
    if (!v.isArray()) {
      typeMismatch(v, r, path);
      return;
    }
    if (r.hasMin() && v.size() < r.min) {
      add(error(ErrorCode.TOO_SHORT, path, path + ": has " + Messages.count(v.size(), "item")
          + "; at least " + Messages.number(r.min) + " required"));
    }
    if (r.listMember == null) {
      return;
    }
    for (int i = 0; i < v.size() && !full(); i++) {
      JsonNode item = v.get(i);
      if (item.isNull()) {
        add(error(ErrorCode.INVALID_TYPE, path.index(i), path.index(i) + ": null is not a list element"));
      } else {
        check(item, r.listMember, path.index(i), depth + 1);
      }
    }
  }

  private void checkMap(JsonNode v, ShapeRules r, ValuePath path, int depth) {
    if (!v.isObject()) {
      typeMismatch(v, r, path);
      return;
    }
    if (r.hasMin() && v.size() < r.min) {
      add(error(ErrorCode.TOO_SHORT, path, path + ": has " + Messages.count(v.size(), "entry")
          + "; at least " + Messages.number(r.min) + " required"));
    }
    ShapeRules keyRules = r.mapKey == null ? null : r.mapKey.target(cache);
    for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext() && !full(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      boolean hidden = keyRules != null && keyRules.shape.isSensitive();
      if (keyRules != null && keyRules.kind == ShapeRules.Kind.STRING) {
        checkString(e.getKey(), keyRules, false, path, "key " + Messages.quote(e.getKey(), hidden));
      }
      ValuePath p = path.key(hidden ? "(sensitive key)" : e.getKey());
      if (e.getValue().isNull()) {
        add(error(ErrorCode.INVALID_TYPE, p, p + ": null is not a map value"));
      } else if (r.mapValue != null) {
        check(e.getValue(), r.mapValue, p, depth + 1);
      }
    }
  }

  private void checkScalar(JsonNode v, ShapeRules r, MemberRules m, ValuePath path) {
    switch (r.kind) {
      case STRING:
        if (!v.isTextual()) {
          typeMismatch(v, r, path);
        } else {
          String s = v.textValue();
          checkString(s, r, m.hostLabel, path, "value " + Messages.quote(s, r.shape.isSensitive()));
        }
        return;
      case INTEGRAL:
        checkIntegral(v, r, path);
        return;
      case DECIMAL:
        if (!v.isNumber()) {
          typeMismatch(v, r, path);
        } else {
          checkMinimum(v, r, path);
        }
        return;
      case BOOLEAN:
        if (!v.isBoolean()) {
          typeMismatch(v, r, path);
        }
        return;
      case TIMESTAMP:
        if (!v.isTextual() || !IsoTimestamps.isValid(v.textValue())) {
          typeMismatch(v, r, path);
        }
        return;
      case BLOB:
        checkBlob(v, r, path);
        return;
      default:
        return;
    }
  }

  private void checkString(String s, ShapeRules r, boolean hostLabel, ValuePath path, String subject) {
    if (!r.enumSet.isEmpty() && !r.enumSet.contains(s)) {
      invalidChoice(s, r, path, subject);
    }
    double min = r.hasMin() ? r.min : hostLabel ? 1 : Double.NaN;
    // botocore measures len() of a Python str: code points, not UTF-16 units
    if (!Double.isNaN(min) && s.length() / 2.0 < min) {
      int length = s.codePointCount(0, s.length());
      if (length < min) {
        add(error(ErrorCode.TOO_SHORT, path, path + ": " + subject + " is "
            + Messages.count(length, "character") + " long; the minimum length is " + Messages.number(min)));
      }
    }
    if (r.pattern != null && !r.pattern.test(s)) {
      add(error(ErrorCode.PATTERN_MISMATCH, path, path + ": " + subject + " does not match pattern "
          + r.pattern.source()));
    }
  }

  private void checkIntegral(JsonNode v, ShapeRules r, ValuePath path) {
    if (!v.isIntegralNumber()) {
      typeMismatch(v, r, path);
      return;
    }
    if (!r.unboundedIntegral()
        && (!v.canConvertToLong() || v.longValue() < r.lowest || v.longValue() > r.highest)) {
      add(error(ErrorCode.INVALID_TYPE, path, path + ": expected an integer from " + r.lowest + " to "
          + r.highest + ", got " + v.asText()));
      return;
    }
    if (!r.enumSet.isEmpty() && !r.enumSet.contains(v.asText())) {
      invalidChoice(v.asText(), r, path, "value " + v.asText());
    }
    checkMinimum(v, r, path);
  }

  /** The model's minimum value. The maximum is not enforced: services raise their limits. */
  private void checkMinimum(JsonNode v, ShapeRules r, ValuePath path) {
    if (!r.hasMin()) {
      return;
    }
    boolean below = v.isBigInteger() || v.isBigDecimal()
        ? v.decimalValue().compareTo(BigDecimal.valueOf(r.min)) < 0
        : v.isIntegralNumber() ? v.longValue() < r.min : v.doubleValue() < r.min;
    if (below) {
      add(error(ErrorCode.OUT_OF_RANGE, path, path + ": value " + v.asText() + " is less than the minimum "
          + Messages.number(r.min)));
    }
  }

  private void checkBlob(JsonNode v, ShapeRules r, ValuePath path) {
    if (!v.isTextual()) {
      typeMismatch(v, r, path);
      return;
    }
    long length = Base64Text.decodedLength(v.textValue());
    if (length < 0) {
      add(error(ErrorCode.INVALID_TYPE, path, path + ": expected " + r.kind.expected
          + ", got text that is not base64"));
    } else if (r.hasMin() && length < r.min) {
      add(error(ErrorCode.TOO_SHORT, path, path + ": value is " + Messages.count(length, "byte")
          + " long; the minimum length is " + Messages.number(r.min)));
    }
  }

  private void invalidChoice(String value, ShapeRules r, ValuePath path, String subject) {
    List<String> close = DidYouMean.suggest(value, r.enumValues, SUGGESTIONS);
    add(error(ErrorCode.INVALID_CHOICE, path, path + ": " + subject + " is not one of "
        + Messages.list(r.enumValues) + Messages.didYouMean(close)).withSuggestions(close));
  }

  private void typeMismatch(JsonNode v, ShapeRules r, ValuePath path) {
    add(error(ErrorCode.INVALID_TYPE, path, path + ": expected " + r.kind.expected + ", got "
        + Messages.describe(v, r.shape.isSensitive())));
  }

  /** Walks any JSON only to enforce the depth limit. */
  private boolean checkDepth(JsonNode v, ValuePath path, int depth) {
    if (depth > MAX_DEPTH) {
      tooDeep(path);
      return false;
    }
    if (v.isContainerNode()) {
      for (JsonNode child : v) {
        if (!checkDepth(child, path, depth + 1)) {
          return false;
        }
      }
    }
    return true;
  }

  private void tooDeep(ValuePath path) {
    add(error(ErrorCode.INPUT_TOO_LARGE, path, path + ": nested deeper than " + MAX_DEPTH + " levels"));
  }

  private static boolean present(JsonNode v) {
    return v != null && !v.isNull();
  }

  private static CommandError error(ErrorCode code, ValuePath path, String message) {
    return new CommandError(code, ErrorKind.VALIDATION, message, Optional.of(path.toString()), List.of());
  }

  private boolean full() {
    return errors.size() >= MAX_ERRORS;
  }

  private void add(CommandError e) {
    if (!full()) {
      errors.add(e);
    }
  }
}
