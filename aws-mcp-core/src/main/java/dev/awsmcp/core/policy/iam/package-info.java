/**
 * IAM-style guard policies evaluated locally before every call: standard IAM policy JSON, a
 * Deny always wins, Allow statements (if any) form an allow-list, and the guard fails closed on
 * what a command does not name. Entry points: {@link dev.awsmcp.core.policy.iam.GuardPolicies},
 * {@link dev.awsmcp.core.policy.iam.GuardContext}, {@link dev.awsmcp.core.policy.iam.GuardDecision}.
 * See {@code docs/guard-policies.md}.
 */
package dev.awsmcp.core.policy.iam;
