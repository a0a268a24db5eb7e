package dev.awsmcp.core.exec;

import dev.awsmcp.core.text.PythonFloat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutputRendererTests {
  private static final ObjectMapper JSON = new ObjectMapper();

  // Right-hand sides printed by Python 3.11's repr(), which every CLI format uses for floats.
  @ParameterizedTest
  @CsvSource({
      "0.1, 0.1", "1e16, 1e+16", "1e15, 1000000000000000.0", "123456789.123, 123456789.123",
      "4.9e-324, 5e-324", "0.0001, 0.0001", "0.00001, 1e-05", "9007199254740993.0, 9007199254740992.0",
      "2.5e-5, 2.5e-05", "1.0, 1.0", "1e22, 1e+22", "1e23, 1e+23", "5.684341886080802e-14, 5.684341886080802e-14",
      "1.7976931348623157e308, 1.7976931348623157e+308", "4.35, 4.35", "0.3, 0.3",
      "0.6666666666666666, 0.6666666666666666", "100.0, 100.0", "1e-7, 1e-07", "123e-20, 1.23e-18",
      "-0.0, -0.0", "-2.5, -2.5"})
  void printsFloatsAsPythonRepr(double value, String python) {
    assertEquals(python, PythonFloat.repr(value));
    assertEquals(python + "\n", OutputRenderer.render(OutputFormat.JSON, "Op", JSON.getNodeFactory().numberNode(value)));
  }

  @Test
  void anEmptyObjectPrintsNothingButAnEmptyListDoes() throws Exception {
    assertEquals("", OutputRenderer.render(OutputFormat.JSON, "Op", JSON.readTree("{}")));
    assertEquals("", OutputRenderer.render(OutputFormat.YAML, "Op", JSON.readTree("{}")));
    assertEquals("", OutputRenderer.render(OutputFormat.YAML_STREAM, "Op", JSON.readTree("{}")));
    assertEquals("[]\n", OutputRenderer.render(OutputFormat.JSON, "Op", JSON.readTree("[]")));
    assertEquals("", OutputRenderer.render(OutputFormat.TABLE, "Op", JSON.readTree("[]")));
  }

  @Test
  void textOfAPaginatedAnswerIsPrintedPageByPage() throws Exception {
    List<JsonNode> docs = List.of(JSON.readTree("{\"Name\": \"b\", \"Contents\": [{\"Key\": \"a\"}], \"CommonPrefixes\": null}"),
        JSON.readTree("{\"Contents\": [{\"Key\": \"b\"}], \"CommonPrefixes\": null}"),
        JSON.readTree("{\"NextToken\": {\"NextToken\": \"tok\"}}"));
    assertEquals("None\tb\nCONTENTS\ta\nNone\nCONTENTS\tb\nNEXTTOKEN\ttok\n", OutputRenderer.textPages(docs));
  }

  @Test
  void yamlStreamWritesEachPageAsAList() throws Exception {
    assertEquals("- A: 1\n- A: 2\n",
        OutputRenderer.yamlStreamPages(List.of(JSON.readTree("{\"A\": 1}"), JSON.readTree("{\"A\": 2}"))));
  }

  @Test
  void documentsTheCliCannotPrintAreTypedErrors() throws Exception {
    JsonNode mixed = JSON.readTree("[{\"A\": 1}, \"x\"]");
    assertThrows(UnrenderableOutputException.class, () -> OutputRenderer.render(OutputFormat.TEXT, "Op", mixed));
    assertThrows(UnrenderableOutputException.class, () -> OutputRenderer.render(OutputFormat.TABLE, "Op", mixed));
    assertEquals("[\n    {\n        \"A\": 1\n    },\n    \"x\"\n]\n", OutputRenderer.render(OutputFormat.JSON, "Op", mixed));
  }

  @Test
  void outputNamesAreTheCliNames() {
    assertEquals(OutputFormat.YAML_STREAM, OutputFormat.fromCliName("yaml-stream"));
    assertEquals(OutputFormat.TABLE, OutputFormat.fromCliName("TABLE"));
    assertThrows(IllegalArgumentException.class, () -> OutputFormat.fromCliName("xml"));
  }

  @Test
  void tablesFitEightyColumns() throws Exception {
    JsonNode wide = JSON.readTree("{\"A\": \"" + "x".repeat(50) + "\", \"B\": \"" + "y".repeat(50) + "\"}");
    String table = OutputRenderer.render(OutputFormat.TABLE, "GetWide", wide);
    // too wide side by side, so the CLI turns the single row into key/value rows (expected text
    // printed by AWS CLI 1.45.11 with an 80-column terminal)
    assertEquals(String.join("\n",
        "-".repeat(61),
        "|" + " ".repeat(26) + "GetWide" + " ".repeat(26) + "|",
        "+---+" + "-".repeat(55) + "+",
        "|  A|  " + "x".repeat(50) + "   |",
        "|  B|  " + "y".repeat(50) + "   |",
        "+---+" + "-".repeat(55) + "+", ""), table);
  }
}
