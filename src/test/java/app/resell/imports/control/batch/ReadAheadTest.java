package app.resell.imports.control.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReadAheadTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3})
  void handsOverEveryItemInSourceOrder(int workers) throws Exception {
    List<Integer> source = IntStream.rangeClosed(1, 10_000).boxed().toList();
    try (ReadAhead<String> ahead =
        new ReadAhead<>(
            source.iterator(), i -> "item " + i, 100, workers, Executors.defaultThreadFactory())) {
      List<String> got = drain(ahead);
      assertThat(got).hasSize(10_000).startsWith("item 1", "item 2").endsWith("item 10000");
      assertThat(ahead.next()).isNull();
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void raisesAPreparingFailureAfterTheItemsBeforeIt(int workers) throws Exception {
    List<Integer> source = IntStream.rangeClosed(1, 1_000).boxed().toList();
    try (ReadAhead<Integer> ahead =
        new ReadAhead<>(
            source.iterator(),
            i -> {
              if (i == 300) throw new IllegalArgumentException("bad 300");
              return i;
            },
            50,
            workers,
            Executors.defaultThreadFactory())) {
      List<Integer> got = new ArrayList<>();
      assertThatThrownBy(
              () -> {
                for (Integer i; (i = ahead.next()) != null; ) got.add(i);
              })
          .hasMessage("bad 300");
      assertThat(got).hasSize(299).endsWith(299);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void raisesAReadingFailureAfterTheItemsBeforeIt(int workers) throws Exception {
    Iterator<Integer> failingAt501 =
        new Iterator<>() {
          int next = 1;

          @Override
          public boolean hasNext() {
            if (next == 501) throw new IllegalStateException("damaged at 501");
            return true;
          }

          @Override
          public Integer next() {
            return next++;
          }
        };
    try (ReadAhead<Integer> ahead =
        new ReadAhead<>(failingAt501, i -> i, 64, workers, Executors.defaultThreadFactory())) {
      List<Integer> got = new ArrayList<>();
      assertThatThrownBy(
              () -> {
                for (Integer i; (i = ahead.next()) != null; ) got.add(i);
              })
          .hasMessage("damaged at 501");
      assertThat(got).hasSize(500).endsWith(500);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void closingStopsAReaderWaitingForRoom(int workers) throws Exception {
    Iterator<Integer> endless = IntStream.iterate(1, i -> i + 1).boxed().iterator();
    ReadAhead<Integer> ahead =
        new ReadAhead<>(endless, i -> i, 10, workers, Executors.defaultThreadFactory());
    assertThat(ahead.next()).isEqualTo(1);
    ahead.close(); // returns once the thread has stopped; a hanging thread fails the 30 s join
  }

  private static <T> List<T> drain(ReadAhead<T> ahead) throws InterruptedException {
    List<T> all = new ArrayList<>();
    for (T t; (t = ahead.next()) != null; ) all.add(t);
    return all;
  }
}
