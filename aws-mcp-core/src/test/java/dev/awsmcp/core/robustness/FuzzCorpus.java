package dev.awsmcp.core.robustness;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the fuzzer starts from: the AWS CLI's own example commands (the golden file) and the words
 * they are made of, sorted into service names, operation names per service, option names and
 * values. Immutable.
 */
final class FuzzCorpus {
  private static final ObjectMapper JSON = new ObjectMapper();

  final List<String> commands;
  /** Every service name: the engine's and those the examples use. */
  final List<String> services;
  /** The services the examples use, each a key of {@link #operations}. */
  final List<String> exampleServices;
  final Map<String, List<String>> operations;
  final List<String> allOperations;
  final List<String> options;
  /** Option names by "service operation", as the examples use them. */
  final Map<String, List<String>> optionsOf;
  final List<String> values;

  private FuzzCorpus(List<String> commands, Collection<String> extraServices) {
    Set<String> svc = new LinkedHashSet<>(extraServices);
    Map<String, Set<String>> ops = new LinkedHashMap<>();
    Set<String> opts = new LinkedHashSet<>();
    Map<String, Set<String>> optsOf = new LinkedHashMap<>();
    Set<String> vals = new LinkedHashSet<>();
    for (String command : commands) {
      List<String> words = words(command);
      if (words.size() < 3 || !words.get(0).equals("aws")) {
        continue;
      }
      svc.add(words.get(1));
      ops.computeIfAbsent(words.get(1), k -> new LinkedHashSet<>()).add(words.get(2));
      for (String w : words.subList(3, words.size())) {
        if (w.startsWith("--")) {
          int eq = w.indexOf('=');
          String option = eq < 0 ? w : w.substring(0, eq);
          opts.add(option);
          optsOf.computeIfAbsent(words.get(1) + " " + words.get(2), k -> new LinkedHashSet<>()).add(option);
        } else {
          vals.add(w);
        }
      }
    }
    Map<String, List<String>> opLists = new LinkedHashMap<>();
    ops.forEach((k, v) -> opLists.put(k, List.copyOf(v)));
    this.commands = List.copyOf(commands);
    this.services = List.copyOf(svc);
    this.exampleServices = List.copyOf(opLists.keySet());
    this.operations = Map.copyOf(opLists);
    this.allOperations = ops.values().stream().flatMap(Set::stream).distinct().toList();
    this.options = List.copyOf(opts);
    Map<String, List<String>> optLists = new LinkedHashMap<>();
    optsOf.forEach((k, v) -> optLists.put(k, List.copyOf(v)));
    this.optionsOf = Map.copyOf(optLists);
    this.values = List.copyOf(vals);
  }

  /** The golden example commands, plus every service name the engine knows. */
  static FuzzCorpus load(Collection<String> cliServices) {
    List<String> commands = new ArrayList<>();
    try (InputStream in = FuzzCorpus.class.getResourceAsStream("/golden/cli-examples.jsonl");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        commands.add(JSON.readTree(line).path("command").asText());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new FuzzCorpus(commands, cliServices);
  }

  /**
   * The command's words with their quotes kept, split at blanks outside quotes: good enough to
   * cut commands apart and splice them together again.
   */
  static List<String> words(String command) {
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    char quote = 0;
    for (int i = 0; i < command.length(); i++) {
      char c = command.charAt(i);
      if (quote != 0) {
        word.append(c);
        if (c == quote) {
          quote = 0;
        }
      } else if (c == ' ' || c == '\t' || c == '\n') {
        if (word.length() > 0) {
          out.add(word.toString());
          word.setLength(0);
        }
      } else {
        if (c == '\'' || c == '"') {
          quote = c;
        }
        word.append(c);
      }
    }
    if (word.length() > 0) {
      out.add(word.toString());
    }
    return out;
  }
}
