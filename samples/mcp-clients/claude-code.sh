#!/usr/bin/env sh
# Registers the aws-mcp server with Claude Code. Replace the jar path; add --env for any of the
# variables in docs/mcp-server.md (READ_OPERATIONS_ONLY=true, AWS_MCP_POLICY_FILE=..., ...).
claude mcp add aws-mcp --env AWS_REGION=us-east-1 --env AWS_API_MCP_PROFILE_NAME=default \
  -- java -XX:+UseSerialGC -Xms32m -jar /path/to/aws-mcp-server.jar
