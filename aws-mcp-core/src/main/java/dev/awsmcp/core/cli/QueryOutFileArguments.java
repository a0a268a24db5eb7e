package dev.awsmcp.core.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.core.cli.CliArgument.Arity;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CLI's {@code QueryOutFileArgument}s ({@code awscli/customizations/iot.py}): after a
 * successful call the CLI writes a JMESPath query of the response to the named file (mode
 * 0600), for example {@code iot create-keys-and-certificate --certificate-pem-outfile c.pem}
 * ({@code certificatePem}), {@code --public-key-outfile} ({@code keyPair.PublicKey}),
 * {@code --private-key-outfile} ({@code keyPair.PrivateKey}). They are not API input: their
 * values are kept as {@link OperationCustomization#localArguments local arguments}, as given
 * (the CLI expands {@code ~} and variables and checks that the folder is writable).
 */
final class QueryOutFileArguments implements OperationCustomization {
  /** create-keys-and-certificate's arguments and their queries. */
  static final Map<String, String> KEYS_AND_CERTIFICATE = queries(
      "certificate-pem-outfile", "certificatePem",
      "public-key-outfile", "keyPair.PublicKey",
      "private-key-outfile", "keyPair.PrivateKey");
  /** create-certificate-from-csr's argument. */
  static final Map<String, String> CERTIFICATE_FROM_CSR = queries("certificate-pem-outfile", "certificatePem");

  private final Map<String, String> queryByArgument;

  QueryOutFileArguments(Map<String, String> queryByArgument) {
    this.queryByArgument = queryByArgument;
  }

  /** The JMESPath query whose result the CLI writes to the file given to this argument. */
  String query(String argument) {
    return queryByArgument.get(argument);
  }

  @Override
  public void customizeTable(Map<String, CliArgument> table, ServiceModel service, Operation operation) {
    for (String name : queryByArgument.keySet()) {
      table.put(name, CliArgument.custom(name, Arity.ONE));
    }
  }

  @Override
  public CommandError apply(Map<String, List<String>> given, ObjectNode params, ServiceModel service, Operation operation,
      ArgumentValueParser values) {
    return null;
  }

  @Override
  public Map<String, String> localArguments(Map<String, List<String>> given) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String name : queryByArgument.keySet()) {
      if (given.containsKey(name)) {
        out.put("--" + name, given.get(name).get(0));
      }
    }
    return out;
  }

  private static Map<String, String> queries(String... pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(m);
  }
}
