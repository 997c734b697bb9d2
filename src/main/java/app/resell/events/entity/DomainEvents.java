package app.resell.events.entity;

import java.util.List;

/**
 * The events of one bulk write (a chunk of imported sales), fired together once its rows are
 * written: observers handle them as one (one outbox statement instead of one per event), in the
 * order given, with the same effect as firing each {@link DomainEvent} alone.
 */
public record DomainEvents(List<DomainEvent> events) {

  public DomainEvents {
    events = List.copyOf(events);
  }
}
