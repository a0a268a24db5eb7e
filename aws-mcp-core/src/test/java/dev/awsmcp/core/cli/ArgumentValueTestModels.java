package dev.awsmcp.core.cli;

import dev.awsmcp.core.model.BotocoreModelSource;
import dev.awsmcp.core.model.Member;
import dev.awsmcp.core.model.MemberTraits;
import dev.awsmcp.core.model.ServiceModel;
import dev.awsmcp.core.model.Shape;
import dev.awsmcp.core.model.ShapeTable;
import dev.awsmcp.core.model.ShapeType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Shapes for the value-layer tests: hand-built ones, and real ones from the installed botocore
 * (found by asking {@code python3}; tests that need it are skipped without it).
 */
final class ArgumentValueTestModels {
  private static volatile Optional<BotocoreModelSource> botocore;
  private static final Map<String, ServiceModel> SERVICES = new ConcurrentHashMap<>();

  private ArgumentValueTestModels() {}

  /** A loaded botocore service model, or the test is skipped. */
  static ServiceModel service(String name) {
    Optional<BotocoreModelSource> source = botocore();
    Assumptions.assumeTrue(source.isPresent(), "botocore (python3) not installed");
    return SERVICES.computeIfAbsent(name, n -> source.get().load(n));
  }

  /** The input member {@code member} of the operation {@code operation}. */
  static Member inputMember(ServiceModel service, String operation, String member) {
    String input = service.operation(operation).orElseThrow().inputShape().orElseThrow();
    return service.shape(input).member(member).orElseThrow(() -> new IllegalArgumentException(operation + "." + member));
  }

  private static Optional<BotocoreModelSource> botocore() {
    Optional<BotocoreModelSource> b = botocore;
    if (b == null) {
      synchronized (ArgumentValueTestModels.class) {
        b = botocore;
        if (b == null) {
          b = findData().map(BotocoreModelSource::open);
          botocore = b;
        }
      }
    }
    return b;
  }

  private static Optional<Path> findData() {
    try {
      Process p = new ProcessBuilder("python3", "-c",
          "import botocore,os;print(os.path.dirname(botocore.__file__)+'/data')")
          .redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
        return Optional.empty();
      }
      Path data = Path.of(out);
      return Files.isDirectory(data) ? Optional.of(data) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** Hand-built shapes: a small table, and members pointing into it. */
  static final class Table {
    final ShapeTable shapes = new ShapeTable();

    Table() {
      for (ShapeType t : ShapeType.values()) {
        if (t.isScalar()) {
          shapes.put(Shape.builder(t.name(), t).build());
        }
      }
    }

    Table add(Shape shape) {
      shapes.put(shape);
      return this;
    }

    Member member(String name, String target) {
      return new Member(name, target, shapes, MemberTraits.builder().build());
    }

    Member member(String name, String target, MemberTraits traits) {
      return new Member(name, target, shapes, traits);
    }

    /** A member of the scalar type {@code type}. */
    Member scalar(ShapeType type) {
      return member("Arg", type.name());
    }

    Member listOf(String element) {
      String name = "ListOf" + element;
      if (!shapes.contains(name)) {
        shapes.put(Shape.builder(name, ShapeType.LIST).listMember(member("member", element)).build());
      }
      return member("Arg", name);
    }

    Member mapOf(String value) {
      String name = "MapOf" + value;
      if (!shapes.contains(name)) {
        shapes.put(Shape.builder(name, ShapeType.MAP)
            .mapKey(member("key", "STRING")).mapValue(member("value", value)).build());
      }
      return member("Arg", name);
    }

    /** A structure {@code name} with members given as name, target pairs. */
    Table structure(String name, String... memberTargets) {
      Shape.Builder b = Shape.builder(name, ShapeType.STRUCTURE);
      for (int i = 0; i < memberTargets.length; i += 2) {
        b.member(member(memberTargets[i], memberTargets[i + 1]));
      }
      return add(b.build());
    }

    Table document(String name) {
      return add(Shape.builder(name, ShapeType.STRUCTURE).document(true).build());
    }
  }
}
