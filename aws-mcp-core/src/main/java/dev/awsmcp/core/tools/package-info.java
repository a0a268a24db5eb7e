/**
 * The engine's tools, defined once ({@link dev.awsmcp.core.tools.ToolDefinition}: name,
 * description, schemas, hints, handler) and turned into MCP tools by the server and into
 * LangChain4j tools by that adapter. Adding a tool is one more definition in
 * {@link dev.awsmcp.core.tools.AwsTools}.
 */
package dev.awsmcp.core.tools;
