package dev.awsmcp.core.cli;

import dev.awsmcp.core.model.Member;

/**
 * One entry of an operation's argument table: a name the CLI accepts, what it feeds, and how
 * many words it takes.
 *
 * @param name the name without the leading {@code --} (for a positional, its display name)
 * @param kind what the argument feeds
 * @param member the top-level input member it sets, or null for CLI-only arguments
 * @param arity how many words follow it
 * @param required whether the CLI marks it required (documentation only: the validator decides)
 * @param hidden accepted but not advertised (a paginated operation's own token arguments)
 */
record CliArgument(String name, Kind kind, Member member, Arity arity, boolean required, boolean hidden) {

  /** What an argument feeds. */
  enum Kind {
    /** The value of an input member. */
    MEMBER,
    /** {@code --flag}: a boolean member set to true. */
    BOOLEAN_TRUE,
    /** {@code --no-flag}: a boolean member set to false. */
    BOOLEAN_FALSE,
    /** ec2's {@code --flag [value]}: a {@code {"Value": bool}} structure, true without a value. */
    VALUE_BOOLEAN_TRUE,
    /** ec2's {@code --no-flag}: a {@code {"Value": false}} structure. */
    VALUE_BOOLEAN_FALSE,
    STARTING_TOKEN,
    PAGE_SIZE,
    MAX_ITEMS,
    CLI_INPUT_JSON,
    CLI_INPUT_YAML,
    GENERATE_CLI_SKELETON,
    /** The positional file a streaming output is written to. */
    OUTFILE,
    /** An argument a CLI customization adds; its {@link OperationCustomization} applies it. */
    CUSTOM
  }

  /** How many words follow an argument (argparse's nargs). */
  enum Arity {
    NONE,
    ONE,
    OPTIONAL_ONE,
    ONE_OR_MORE,
    ZERO_OR_MORE
  }

  boolean positional() {
    return kind == Kind.OUTFILE;
  }

  /** A customization's own argument. */
  static CliArgument custom(String name, Arity arity) {
    return new CliArgument(name, Kind.CUSTOM, null, arity, false, false);
  }

  String cliName() {
    return positional() ? name : "--" + name;
  }
}
