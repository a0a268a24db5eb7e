package dev.awsmcp.core.tools;

import java.util.List;

/**
 * How many tokens tool definitions cost an agent before it calls anything. Estimated as one token
 * per four characters of the descriptions and the compact input schemas: the usual rule of thumb
 * for English and JSON with GPT and Claude tokenizers, good enough to hold a budget (no
 * tokenizer is shipped). Names, output schemas and annotations are not counted.
 */
public final class ToolTokens {
  /** What every tool's description and input schema may cost together (the reference spends ~1,400). */
  public static final int BUDGET = 600;

  private ToolTokens() {}

  /** The estimated tokens of one definition: ceil(characters / 4). */
  public static int estimate(ToolDefinition tool) {
    int chars = tool.description().length() + tool.inputSchema().toString().length();
    return (chars + 3) / 4;
  }

  /** The estimated tokens of all the definitions. */
  public static int estimate(List<ToolDefinition> tools) {
    return tools.stream().mapToInt(ToolTokens::estimate).sum();
  }
}
