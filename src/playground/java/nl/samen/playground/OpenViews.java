package nl.samen.playground;

import com.google.gson.JsonObject;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The views people have: each person's App Home (views.publish) and stack of open modals (views.open,
 * views.push, views.update, and the response actions of a submission), as Slack keeps them.
 */
public final class OpenViews {
  private final Revision revision;
  private final Map<String, OpenView> homes = new ConcurrentHashMap<>();
  private final Map<String, Deque<OpenView>> modals = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong(100);

  public OpenViews(Revision revision) {
    this.revision = revision;
  }

  public OpenView publishHome(String user, JsonObject view) {
    OpenView home = homes.compute(user, (u, old) -> old == null
        ? new OpenView(nextId(), user, normalised(view, "home"), Map.of())
        : old.replacedBy(normalised(view, "home")));
    revision.bump();
    return home;
  }

  public Optional<OpenView> home(String user) {
    return Optional.ofNullable(homes.get(user));
  }

  /** views.open: a new modal replaces whatever the person had open. */
  public OpenView open(String user, JsonObject view) {
    Deque<OpenView> stack = stack(user);
    OpenView modal = new OpenView(nextId(), user, normalised(view, "modal"), Map.of());
    synchronized (stack) {
      stack.clear();
      stack.push(modal);
    }
    revision.bump();
    return modal;
  }

  public OpenView push(String user, JsonObject view) {
    Deque<OpenView> stack = stack(user);
    OpenView modal = new OpenView(nextId(), user, normalised(view, "modal"), Map.of());
    synchronized (stack) {
      stack.push(modal);
    }
    revision.bump();
    return modal;
  }

  /** views.update by view id or external id, for a modal in anyone's stack or a home. */
  public Optional<OpenView> update(String viewId, String externalId, JsonObject view) {
    for (Deque<OpenView> stack : modals.values()) {
      synchronized (stack) {
        for (OpenView modal : List.copyOf(stack)) {
          if (matches(modal, viewId, externalId)) {
            return Optional.of(replace(stack, modal, modal.replacedBy(normalised(view, "modal"))));
          }
        }
      }
    }
    for (OpenView home : homes.values()) {
      if (matches(home, viewId, externalId)) {
        return Optional.of(publishHome(home.user(), view));
      }
    }
    return Optional.empty();
  }

  public Optional<OpenView> top(String user) {
    Deque<OpenView> stack = stack(user);
    synchronized (stack) {
      return Optional.ofNullable(stack.peek());
    }
  }

  public Optional<OpenView> modal(String user, String viewId) {
    Deque<OpenView> stack = stack(user);
    synchronized (stack) {
      return stack.stream().filter(v -> v.id().equals(viewId)).findFirst();
    }
  }

  /** Replaces the top modal (response_action update) keeping its id, as Slack does. */
  public void replaceTop(String user, JsonObject view) {
    Deque<OpenView> stack = stack(user);
    synchronized (stack) {
      OpenView top = stack.peek();
      if (top != null) {
        replace(stack, top, top.replacedBy(normalised(view, "modal")));
      }
    }
  }

  public void showErrors(String user, Map<String, String> errors) {
    Deque<OpenView> stack = stack(user);
    synchronized (stack) {
      OpenView top = stack.poll();
      if (top != null) {
        stack.push(top.withErrors(errors));
      }
    }
    revision.bump();
  }

  public void closeTop(String user) {
    Deque<OpenView> stack = stack(user);
    synchronized (stack) {
      stack.poll();
    }
    revision.bump();
  }

  public void closeAll(String user) {
    Deque<OpenView> stack = stack(user);
    synchronized (stack) {
      stack.clear();
    }
    revision.bump();
  }

  public void clear() {
    homes.clear();
    modals.clear();
    revision.bump();
  }

  private OpenView replace(Deque<OpenView> stack, OpenView old, OpenView updated) {
    List<OpenView> views = new java.util.ArrayList<>(stack);
    views.set(views.indexOf(old), updated);
    stack.clear();
    stack.addAll(views);
    revision.bump();
    return updated;
  }

  private static boolean matches(OpenView view, String viewId, String externalId) {
    return (viewId != null && viewId.equals(view.id()))
        || (externalId != null && externalId.equals(Json.string(view.view(), "external_id")));
  }

  private Deque<OpenView> stack(String user) {
    return modals.computeIfAbsent(user, u -> new ArrayDeque<>());
  }

  private static JsonObject normalised(JsonObject view, String type) {
    JsonObject copy = view.deepCopy();
    copy.addProperty("type", type);
    copy.add("blocks", BlockIds.filled(Json.array(view.get("blocks"))));
    return copy;
  }

  private String nextId() {
    return "V0PG" + ids.incrementAndGet();
  }
}
