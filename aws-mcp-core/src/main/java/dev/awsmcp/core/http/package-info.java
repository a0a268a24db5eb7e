/** HTTP pieces shared by the executor and the documentation client. */
package dev.awsmcp.core.http;
