/** What running a command yields: {@link dev.awsmcp.api.exec.CallResult} and its parts. */
package dev.awsmcp.api.exec;
