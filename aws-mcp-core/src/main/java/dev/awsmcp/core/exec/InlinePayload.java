package dev.awsmcp.core.exec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A streaming body asked for inline ({@code outfile -}): text stays text so an agent can read
 * it; anything that is not UTF-8 becomes base64, said so by a sibling {@code <Member>Encoding}.
 */
final class InlinePayload {
  private InlinePayload() {}

  static void put(ObjectNode output, String member, byte[] body) {
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
      output.put(member, text);
    } catch (CharacterCodingException e) {
      output.put(member, Base64.getEncoder().encodeToString(body));
      output.put(member + "Encoding", "base64");
    }
  }
}
