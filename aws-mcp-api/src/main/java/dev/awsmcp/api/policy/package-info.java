/** Policy decisions: what the safety layer says about a command before it runs. */
package dev.awsmcp.api.policy;
