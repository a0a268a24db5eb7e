/** Audit events: what the engine decided and did, with every secret value redacted. */
package dev.awsmcp.api.audit;
