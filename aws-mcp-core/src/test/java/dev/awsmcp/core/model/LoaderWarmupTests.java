package dev.awsmcp.core.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The warm-up is best effort: it never fails, whatever it is given. */
class LoaderWarmupTests {
  @Test
  void warmsUpOnTheBuiltInSampleOrARealModelAndIgnoresBadInput(@TempDir Path empty) {
    assertDoesNotThrow(() -> LoaderWarmup.warmUp(null));
    assertDoesNotThrow(() -> LoaderWarmup.warmUp(empty));
    BotocoreData.folder().ifPresent(data -> {
      Path sts = BotocoreModelSource.open(data).serviceDir(LoaderWarmup.SAMPLE_SERVICE).orElseThrow();
      assertDoesNotThrow(() -> LoaderWarmup.warmUp(sts));
    });
  }
}
