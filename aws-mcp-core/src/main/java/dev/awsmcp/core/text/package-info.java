/** Text helpers shared by the parser and the validator: "did you mean" suggestions. */
package dev.awsmcp.core.text;
