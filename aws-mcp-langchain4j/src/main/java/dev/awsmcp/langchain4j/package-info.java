/**
 * The engine as LangChain4j tools: {@link dev.awsmcp.langchain4j.AwsMcpToolProvider}, a thin
 * adapter over the tool definitions in {@code aws-mcp-core} that also feed the MCP server.
 */
package dev.awsmcp.langchain4j;
