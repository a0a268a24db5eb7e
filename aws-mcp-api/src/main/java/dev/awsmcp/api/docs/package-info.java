/**
 * What the {@link dev.awsmcp.api.DocsClient} answers: search hits, page windows, sections and
 * recommendations, each wrapped in a {@link dev.awsmcp.api.docs.DocsResult} that says which
 * source answered or why nothing could.
 */
package dev.awsmcp.api.docs;
