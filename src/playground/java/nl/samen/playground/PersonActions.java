package nl.samen.playground;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a person does on the page, done as Slack would: a typed command, a click or choice in a
 * message, modal or App Home, a submitted or closed modal, an opened Home tab. Each becomes a signed
 * request to Samen, and Samen's acknowledgement is applied as Slack applies it.
 */
public final class PersonActions {
  private final SlackSender sender;
  private final SlackStandIn standIn;
  private final Conversations conversations;
  private final OpenViews views;
  private final Handles handles;
  private final Clock wallClock;
  private final AtomicLong eventIds = new AtomicLong(1);

  public PersonActions(SlackSender sender, SlackStandIn standIn, Conversations conversations, OpenViews views,
      Handles handles, Clock wallClock) {
    this.sender = sender;
    this.standIn = standIn;
    this.conversations = conversations;
    this.views = views;
    this.handles = handles;
    this.wallClock = wallClock;
  }

  /**
   * Types {@code /samen <text>}. When {@code shown}, the typed line and Samen's reply show to the person
   * only (Slack shows neither to anyone else); the seed's commands are history and are not shown.
   */
  public SlackSender.Answer command(Person user, String conversation, String text, boolean shown) {
    if (shown) {
      conversations.add(conversation, Message.Kind.TYPED, Optional.of(user.id()), "/samen " + text, null, List.of());
    }
    String responseUrl = standIn.responseUrl(new Handles.ResponseTarget(user.id(), conversation, Optional.empty()));
    SlackSender.Answer answer = sender.command(user, conversation, text, responseUrl, handles.newTrigger(user.id()));
    if (!shown) {
      return answer;
    }
    if (answer.status() != 200) {
      conversations.add(conversation, Message.Kind.EPHEMERAL, Optional.of(user.id()),
          ":warning: /samen failed with the error \"" + (answer.status() == 401 ? "http_client_error"
              : "http_service_error") + "\" (HTTP " + answer.status() + ")", null, List.of());
    } else if (!answer.body().isBlank()) {
      JsonObject reply = JsonParser.parseString(answer.body()).getAsJsonObject();
      boolean inChannel = "in_channel".equals(Json.string(reply, "response_type"));
      conversations.add(conversation, inChannel ? Message.Kind.BOT : Message.Kind.EPHEMERAL,
          inChannel ? Optional.empty() : Optional.of(user.id()), Json.string(reply, "text"),
          Json.array(reply.get("blocks")), List.of());
    }
    return answer;
  }

  /** A click or choice in a message of a conversation the person sees. */
  public Optional<SlackSender.Answer> clickInMessage(Person user, String conversation, String ts, String blockId,
      String actionId, List<String> chosen) {
    Optional<Message> message = conversations.find(conversation, ts).filter(m -> m.visibleTo(user.id()));
    Optional<JsonObject> element = message.flatMap(m -> ViewState.find(m.blocks(), blockId, actionId));
    if (element.isEmpty()) {
      return Optional.empty();
    }
    String responseUrl = standIn.responseUrl(new Handles.ResponseTarget(user.id(), conversation, Optional.of(ts)));
    return Optional.of(sender.interaction(Payloads.messageAction(user, message.get(),
        Payloads.action(element.get(), blockId, chosen), handles.newTrigger(user.id()), responseUrl,
        wallClock.instant())));
  }

  /** A click or choice in the person's App Home or in one of their open modals. */
  public Optional<SlackSender.Answer> clickInView(Person user, String viewId, String blockId, String actionId,
      List<String> chosen, ViewState.Raw entered) {
    Optional<OpenView> view = views.home(user.id()).filter(h -> h.id().equals(viewId))
        .or(() -> views.modal(user.id(), viewId));
    Optional<JsonObject> element = view.flatMap(v -> ViewState.find(Json.array(v.view().get("blocks")), blockId, actionId));
    if (element.isEmpty()) {
      return Optional.empty();
    }
    JsonObject values = ViewState.values(Json.array(view.get().view().get("blocks")), entered);
    return Optional.of(sender.interaction(Payloads.viewAction(user, view.get(),
        Payloads.action(element.get(), blockId, chosen), values, handles.newTrigger(user.id()), wallClock.instant())));
  }

  /** Submits the person's top modal and applies the response action Samen answers with. */
  public Optional<SlackSender.Answer> submit(Person user, String viewId, ViewState.Raw entered) {
    Optional<OpenView> view = views.top(user.id()).filter(v -> v.id().equals(viewId));
    if (view.isEmpty()) {
      return Optional.empty();
    }
    JsonObject values = ViewState.values(Json.array(view.get().view().get("blocks")), entered);
    SlackSender.Answer answer = sender.interaction(Payloads.viewSubmission(user, view.get(), values,
        handles.newTrigger(user.id())));
    if (answer.status() != 200) {
      views.showErrors(user.id(), Map.of("", "We had some trouble connecting (HTTP " + answer.status() + ")."));
    } else if (answer.body().isBlank()) {
      views.closeTop(user.id());
    } else {
      applyResponseAction(user, JsonParser.parseString(answer.body()).getAsJsonObject());
    }
    return Optional.of(answer);
  }

  private void applyResponseAction(Person user, JsonObject response) {
    String action = Optional.ofNullable(Json.string(response, "response_action")).orElse("");
    switch (action) {
      case "errors" -> {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        Json.object(response, "errors").ifPresent(e -> e.entrySet()
            .forEach(entry -> errors.put(entry.getKey(), entry.getValue().getAsString())));
        views.showErrors(user.id(), errors);
      }
      case "update" -> views.replaceTop(user.id(), Json.parsedObject(response.get("view")));
      case "push" -> views.push(user.id(), Json.parsedObject(response.get("view")));
      case "clear" -> views.closeAll(user.id());
      default -> views.closeTop(user.id());
    }
  }

  /** Closes the top modal; Samen hears of it only if the view asked to ({@code notify_on_close}). */
  public void closeModal(Person user, String viewId) {
    Optional<OpenView> view = views.top(user.id()).filter(v -> v.id().equals(viewId));
    view.ifPresent(v -> {
      views.closeTop(user.id());
      if ("true".equals(Json.string(v.view(), "notify_on_close"))) {
        sender.interaction(Payloads.viewClosed(user, v));
      }
    });
  }

  /** The person opens the Home tab: Slack sends app_home_opened, with the view they last had. */
  public SlackSender.Answer openHome(Person user) {
    return sender.event(Payloads.homeOpened(user, views.home(user.id()), "Ev0PG" + eventIds.incrementAndGet(),
        wallClock.instant()));
  }
}
