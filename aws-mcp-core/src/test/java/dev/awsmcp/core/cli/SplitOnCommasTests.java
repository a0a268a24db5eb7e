package dev.awsmcp.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** awscli.utils.split_on_commas; each input with what awscli 1.45.11 (Python 3.11.7) returns, or null where it raises. */
class SplitOnCommasTests {
  private static final String[][] CASES = {
      {"a=b,c=d", "[\"a=b\", \"c=d\"]"},
      {"a=\"b,c\",d=e", "[\"a=b,c\", \"d=e\"]"},
      {"a=b\\,c", "[\"a=b,c\"]"},
      {"a\\", "[\"a\\n\"]"},
      {"a=[1,2],b=3", "[\"a=1,2\", \"b=3\"]"},
      {"a='x,y',b=2", "[\"a=x,y\", \"b=2\"]"},
      {"a=\"b\"c,d", "[\"a=bc\", \"d\"]"},
      {"x\"y,z", null},
      {"a=b\nc,\"d\"", "[\"a=b\"]"},
      {"\"a,b", "[\"a,b\"]"},
      {"a=\"\"\"q\"", null},
      {"a=\"b\",c=\"d", null},
      {"", "[\"\"]"},
      {",", "[\"\", \"\"]"},
      {"a,,b", "[\"a\", \"\", \"b\"]"},
      {"k=[x,\"y,z\"],m=1", "[\"k=x,y,z\", \"m=1\"]"},
      {"a=\"b\\\"c\",d", null},
      {"\"a\"\"b\",c", null},
      {"a\\,b\\,c", "[\"a,b,c\"]"},
      {"a=[b", "[\"a=[b\"]"},
      {"a]b,c", "[\"a]b\", \"c\"]"},
      {"x='1',y='2,3'", "[\"x=1\", \"y=2,3\"]"},
      {"\n\"a\"", "[]"},
      {"a=\"x\ny\",b", null},
      {"bbb,\n\r,a\n''\n", null},
      {"a=\"1\",b\r\nc", "[\"a=1\", \"b\"]"},
      {"a=\"x\",b\n\"c\"", "[\"a=x\", \"b\"]"},
      {"k=[a,b\nc]", null}
  };

  @Test
  void splitsAsTheCliDoes() throws Exception {
    ObjectMapper json = new ObjectMapper();
    for (String[] c : CASES) {
      if (c[1] == null) {
        assertThrows(SplitOnCommas.SplitException.class, () -> SplitOnCommas.split(c[0]), c[0]);
      } else {
        List<String> expected = Arrays.asList(json.readValue(c[1], String[].class));
        assertEquals(expected, SplitOnCommas.split(c[0]), c[0]);
      }
    }
  }
}
