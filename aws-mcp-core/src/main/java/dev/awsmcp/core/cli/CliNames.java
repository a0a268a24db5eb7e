package dev.awsmcp.core.cli;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The AWS CLI's names for API names: {@code DescribeInstances} → {@code describe-instances},
 * {@code GatewayARNs} → {@code gateway-arns}, plus the irregular names botocore special-cases
 * (from {@link CliCustomizations}). Thread-safe; results are cached.
 */
public final class CliNames {
  private static final Pattern FIRST_CAP = Pattern.compile("(.)([A-Z][a-z]+)");
  private static final Pattern END_CAP = Pattern.compile("([a-z0-9])([A-Z])");
  private static final Pattern PLURAL_ACRONYM = Pattern.compile("[A-Z]{2,}s$");
  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

  private CliNames() {}

  /** The CLI name of an operation or member name, with {@code -} as separator. */
  public static String xform(String apiName) {
    String cached = CACHE.get(apiName);
    if (cached != null) {
      return cached;
    }
    String result = CliCustomizations.get().irregularNames().get(apiName);
    if (result == null) {
      result = transform(apiName);
    }
    if (CACHE.size() < 200_000) {
      CACHE.put(apiName, result);
    }
    return result;
  }

  private static String transform(String name) {
    if (name.indexOf('-') >= 0) {
      return name;
    }
    Matcher special = PLURAL_ACRONYM.matcher(name);
    if (special.find()) {
      String matched = special.group();
      name = name.substring(0, name.length() - matched.length()) + "-" + matched.toLowerCase(java.util.Locale.ROOT);
    }
    String s1 = FIRST_CAP.matcher(name).replaceAll("$1-$2");
    return END_CAP.matcher(s1).replaceAll("$1-$2").toLowerCase(java.util.Locale.ROOT);
  }
}
