/**
 * The {@link dev.awsmcp.api.DocsClient}: AWS documentation search, pages read as Markdown, and
 * recommendations from AWS's public endpoints, with a disk cache and an offline fallback over the
 * local service models. {@link dev.awsmcp.core.docs.DocsClients} builds one; everything else here
 * is package-private.
 */
package dev.awsmcp.core.docs;
