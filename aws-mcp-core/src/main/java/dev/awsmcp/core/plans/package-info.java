/**
 * Execution plans: Markdown files with a front matter (description, parameters) whose body lists
 * the steps an agent follows for a common task, each step naming the AWS CLI commands to run
 * with {@code call_aws}. Built-in plans ship as resources; a user directory adds plans and
 * overrides built-in ones by name. See {@code docs/execution-plans.md}.
 */
package dev.awsmcp.core.plans;
