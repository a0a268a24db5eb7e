package dev.awsmcp.langchain4j;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A chat model that plays a script instead of thinking: for the user's message it asks for the
 * scripted tool calls, then answers with what the tools returned. It records the tools it was
 * offered and every tool result, so tests drive a real {@code AiServices} agent loop offline.
 */
final class ScriptedChatModel implements ChatModel {
  private final List<ToolExecutionRequest> script;
  final List<ToolSpecification> offered = new CopyOnWriteArrayList<>();
  final List<String> toolResults = new CopyOnWriteArrayList<>();

  ScriptedChatModel(List<ToolExecutionRequest> script) {
    this.script = List.copyOf(script);
  }

  static ToolExecutionRequest call(String id, String tool, String arguments) {
    return ToolExecutionRequest.builder().id(id).name(tool).arguments(arguments).build();
  }

  @Override
  public ChatResponse doChat(ChatRequest request) {
    offered.clear();
    offered.addAll(request.toolSpecifications());
    List<ChatMessage> messages = request.messages();
    ChatMessage last = messages.get(messages.size() - 1);
    if (!(last instanceof ToolExecutionResultMessage)) {
      return ChatResponse.builder().aiMessage(AiMessage.from(script)).build();
    }
    List<String> results = new ArrayList<>();
    for (ChatMessage m : messages) {
      if (m instanceof ToolExecutionResultMessage) {
        results.add(((ToolExecutionResultMessage) m).text());
      }
    }
    toolResults.addAll(results);
    return ChatResponse.builder().aiMessage(AiMessage.from("done: " + results.size() + " tool results")).build();
  }
}
