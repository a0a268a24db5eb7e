/**
 * What a {@link dev.awsmcp.api.CommandSuggester} answers: {@link dev.awsmcp.api.suggest.SuggestResult}
 * with its {@link dev.awsmcp.api.suggest.Suggestion}s.
 */
package dev.awsmcp.api.suggest;
