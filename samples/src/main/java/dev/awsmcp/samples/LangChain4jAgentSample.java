package dev.awsmcp.samples;

import dev.awsmcp.api.policy.ConsentAnswer;
import dev.awsmcp.core.AwsMcp;
import dev.awsmcp.langchain4j.AwsMcpToolProvider;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.SystemMessage;

/**
 * A LangChain4j agent that works on AWS through the guarded engine's tools ({@code call_aws},
 * {@code suggest_aws_commands} and the documentation tools). Bring any {@link ChatModel}: the
 * provider modules (OpenAI, Bedrock, Anthropic, Ollama, ...) are the application's choice.
 *
 * <pre>{@code
 * CloudAssistant assistant = LangChain4jAgentSample.assistant(myChatModel);
 * System.out.println(assistant.chat("Which of my EBS volumes are not encrypted?"));
 * }</pre>
 */
public final class LangChain4jAgentSample {
  private LangChain4jAgentSample() {}

  /** What the application asks; LangChain4j implements it. */
  public interface CloudAssistant {
    @SystemMessage("You operate AWS through the call_aws tool. Prefer read-only commands; explain any change before"
        + " making it. Use suggest_aws_commands when unsure of a command and search_documentation to check AWS behaviour.")
    String chat(String request);
  }

  /** An assistant over a read-only engine whose consent questions go to the given callback. */
  public static CloudAssistant assistant(ChatModel model) {
    AwsMcp engine = AwsMcp.builder().readOnly(true).clientName("langchain4j-agent-sample").build();
    return AiServices.builder(CloudAssistant.class)
        .chatModel(model)
        .chatMemory(MessageWindowChatMemory.withMaxMessages(30))
        .toolProvider(AwsMcpToolProvider.builder(engine)
            // A real application asks its user here; this sample declines whatever needs consent.
            .consentHandler(request -> ConsentAnswer.DECLINED)
            .build())
        .build();
  }
}
