/**
 * Model-driven validation of a parsed command's input: {@link
 * dev.awsmcp.core.validate.ModelValidator} and the per-shape rules it derives and caches.
 */
package dev.awsmcp.core.validate;
