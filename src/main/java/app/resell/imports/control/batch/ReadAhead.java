package app.resell.imports.control.batch;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Reads and prepares items on a thread of its own, a bounded queue ahead of the batch thread. A
 * chunk step is serial: without this, the database waits while the job parses a chunk and the job
 * waits while the database inserts it; with it, the next chunk is parsed on the other core while
 * the last one is written. Items come out in their source order, and a failure is raised where the
 * source met it, after the items before it, so checkpoints and restarts see exactly what a serial
 * reader would.
 *
 * <p>With more than one worker, the elements are prepared in slices of {@value #SLICE} on that many
 * threads (the reading thread is one of them) and queued in order: for work that is heavy and
 * independent per item, such as classifying an invoice's lots while the database has little to do.
 *
 * @param <T> what the batch thread gets: an item prepared from the source's next element
 */
final class ReadAhead<T> implements AutoCloseable {

  static final int SLICE = 128;

  /** How a queue slot ends the stream: normally, or with the failure met at that position. */
  private record End(Throwable failure) {}

  private final BlockingQueue<Object> queue;
  private final ExecutorService helpers;
  private final Thread thread;
  private volatile boolean closed;
  private End end;

  /**
   * Starts reading at once.
   *
   * @param source read on the new thread only, from now on
   * @param prepare applied on the new threads to each element; must be thread-safe with workers > 1
   * @param capacity items held ready at most (memory: a few chunks)
   * @param workers threads preparing elements, the reading one included
   */
  <S> ReadAhead(
      Iterator<? extends S> source,
      Function<? super S, ? extends T> prepare,
      int capacity,
      int workers,
      ThreadFactory threads) {
    this.queue = new ArrayBlockingQueue<>(capacity + 1);
    this.helpers = workers > 1 ? Executors.newFixedThreadPool(workers - 1, threads) : null;
    this.thread = threads.newThread(() -> run(source, prepare, workers));
    thread.setName("import-read-ahead-" + thread.getId());
    thread.start();
  }

  private <S> void run(
      Iterator<? extends S> source, Function<? super S, ? extends T> prepare, int workers) {
    End last = new End(null);
    try {
      if (helpers == null) {
        while (!closed && source.hasNext()) queue.put(prepare.apply(source.next()));
      } else {
        last = inSlices(source, prepare, workers);
      }
    } catch (InterruptedException e) {
      return; // closed while waiting for room
    } catch (RuntimeException | Error e) {
      last = new End(e);
    }
    try {
      queue.put(last);
    } catch (InterruptedException e) {
      // closed while waiting for room: nobody reads the end
    }
  }

  /** Reads {@code workers} slices at a time, prepares them at once, queues them in order. */
  private <S> End inSlices(
      Iterator<? extends S> source, Function<? super S, ? extends T> prepare, int workers)
      throws InterruptedException {
    while (!closed) {
      List<List<S>> slices = new ArrayList<>();
      Throwable readFailure = null;
      try {
        while (slices.size() < workers && source.hasNext()) {
          List<S> slice = new ArrayList<>(SLICE);
          slices.add(slice); // before filling it: a failure keeps the elements read so far
          while (slice.size() < SLICE && source.hasNext()) slice.add(source.next());
        }
      } catch (RuntimeException | Error e) {
        readFailure = e; // raised after the elements read before it
      }
      slices.removeIf(List::isEmpty);
      if (slices.isEmpty()) return new End(readFailure);
      List<Future<List<Object>>> others = new ArrayList<>();
      for (List<S> slice : slices.subList(1, slices.size())) {
        others.add(helpers.submit(() -> prepared(slice, prepare)));
      }
      List<List<Object>> done = new ArrayList<>();
      done.add(prepared(slices.get(0), prepare));
      for (Future<List<Object>> f : others) {
        try {
          done.add(f.get());
        } catch (ExecutionException e) {
          throw new IllegalStateException(e.getCause()); // prepared() keeps failures as items
        }
      }
      for (List<Object> slice : done) {
        for (Object o : slice) {
          if (o instanceof End failed) return failed;
          queue.put(o);
        }
      }
      if (readFailure != null) return new End(readFailure);
    }
    return new End(null);
  }

  /** A slice's items in order, ending early with its first failure (as an {@link End}). */
  private static <S, T> List<Object> prepared(
      List<S> slice, Function<? super S, ? extends T> prepare) {
    List<Object> out = new ArrayList<>(slice.size());
    for (S element : slice) {
      try {
        out.add(prepare.apply(element));
      } catch (RuntimeException | Error e) {
        out.add(new End(e));
        break;
      }
    }
    return out;
  }

  /** The next item, or null at the end; the source's failure is raised once reached. */
  @SuppressWarnings("unchecked")
  T next() throws InterruptedException {
    if (end == null) {
      Object o = queue.take();
      if (!(o instanceof End e)) return (T) o;
      end = e;
    }
    if (end.failure() instanceof RuntimeException e) throw e;
    if (end.failure() instanceof Error e) throw e;
    return null;
  }

  /** Stops the threads and waits for them, so the caller can close the source safely. */
  @Override
  public void close() throws InterruptedException {
    closed = true;
    thread.interrupt();
    thread.join(TimeUnit.SECONDS.toMillis(30));
    if (helpers != null) {
      helpers.shutdownNow();
      helpers.awaitTermination(30, TimeUnit.SECONDS);
    }
  }
}
