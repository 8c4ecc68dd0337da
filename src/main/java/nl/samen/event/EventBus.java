package nl.samen.event;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A small synchronous dispatcher: {@link #publish} calls each listener of the event's type on the
 * publisher's thread, in the order they were added, after the publisher's change is saved.
 */
public final class EventBus implements Events {
  private final Map<Class<?>, List<Consumer<Object>>> listeners = new ConcurrentHashMap<>();

  /** Adds listeners of one kind of event, called in the order given. */
  @SafeVarargs
  public final <E extends SamenEvent> EventBus on(Class<E> type, Consumer<? super E>... added) {
    List<Consumer<Object>> list = listeners.computeIfAbsent(type, t -> new CopyOnWriteArrayList<>());
    for (Consumer<? super E> listener : added) {
      list.add(event -> listener.accept(type.cast(event)));
    }
    return this;
  }

  @Override
  public void publish(SamenEvent event) {
    listeners.getOrDefault(event.getClass(), List.of()).forEach(l -> l.accept(event));
  }
}
