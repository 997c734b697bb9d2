package app.resell.setup.control;

/**
 * A message from another instance (or this one) on a PostgreSQL notification channel, fired as a
 * CDI event by {@link ClusterChannel}. {@code payload} is null for {@link #RESYNC}: the channel was
 * (re)connected, notifications may have been missed, and whoever keeps state from them reads it
 * again from the database.
 */
public record ClusterSignal(String channel, String payload) {

  /** The channel name of the resync signal. */
  public static final String RESYNC = "";

  public boolean is(String name) {
    return channel.equals(name);
  }

  public boolean resync() {
    return channel.equals(RESYNC);
  }
}
