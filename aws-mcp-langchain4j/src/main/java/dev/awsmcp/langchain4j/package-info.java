/**
 * The engine as LangChain4j tools: a thin adapter over {@code aws-mcp-core}. The tools arrive
 * with the surfaces work; this module holds no logic of its own.
 */
package dev.awsmcp.langchain4j;
