/** What running a command yields: {@link dev.awsmcp.api.call.CallResult} and its parts. */
package dev.awsmcp.api.call;
