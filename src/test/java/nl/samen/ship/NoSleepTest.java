package nl.samen.ship;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Tests wait on state, never on time: a sleep lets a duplicate that comes after it pass unseen. The
 * one pause allowed is between two looks at the state, in {@code testing/Await}.
 */
class NoSleepTest {
  private static final Path TESTS = Path.of("src/test/java");
  private static final Path AWAIT = Path.of("src/test/java/nl/samen/testing/Await.java");
  private static final Pattern SLEEP = Pattern.compile("\\bsleep\\s*\\(|LockSupport\\.park");

  @Test
  void noTestSleeps_butAwaitBetweenTwoLooks() throws IOException {
    List<String> sleeping;
    try (Stream<Path> files = Files.walk(TESTS)) {
      sleeping = files.filter(p -> p.toString().endsWith(".java") && !p.equals(AWAIT))
          .flatMap(NoSleepTest::sleeps).toList();
    }

    assertThat(sleeping).as("sleeps in tests (wait with Await, TestApp.drain or OutboxState)").isEmpty();
  }

  @Test
  void thePattern_findsTheOnePauseInAwait() {
    assertThat(sleeps(AWAIT)).hasSize(1);
  }

  private static Stream<String> sleeps(Path file) {
    try {
      List<String> lines = Files.readAllLines(file);
      return Stream.iterate(0, i -> i < lines.size(), i -> i + 1)
          .filter(i -> SLEEP.matcher(lines.get(i)).find())
          .map(i -> TESTS.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
