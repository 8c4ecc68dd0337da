package nl.samen.testing;

import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.samen.testing.FakeSlackApi.Call;

/**
 * How {@link FakeSlackApi} handles one request: a fault the test asked for, or the answers' reply;
 * either way the call is recorded (and the listener told) before the answer goes back.
 */
final class FakeExchanges {
  private final SlackAnswers answers;
  private final SlackFaults faults;
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  /** The exact bytes of each file upload, in order: a binary file does not survive {@link Call#body}. */
  private final List<byte[]> uploadedBytes = new CopyOnWriteArrayList<>();
  private final Map<Call, JsonObject> responses = Collections.synchronizedMap(new IdentityHashMap<>());
  private volatile int keptCalls = Integer.MAX_VALUE;
  private volatile FakeSlackApi.Listener listener = (call, status) -> { };

  FakeExchanges(SlackAnswers answers, SlackFaults faults) {
    this.answers = answers;
    this.faults = faults;
  }

  void keepCalls(int count) {
    this.keptCalls = count;
  }

  void onCall(FakeSlackApi.Listener listener) {
    this.listener = listener;
  }

  List<byte[]> uploadedBytes() {
    return List.copyOf(uploadedBytes);
  }

  List<Call> calls() {
    return new ArrayList<>(calls);
  }

  JsonObject response(Call call) {
    return responses.get(call);
  }

  void clear() {
    calls.clear();
  }

  void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      FakeRequest request = FakeRequest.read(exchange);
      Optional<SlackFaults.Fault> fault = faults.faultFor(request.method(), request.call().channel());
      if (fault.isPresent()) {
        SlackFaults.Fault f = fault.get();
        record(request.call().as(request.method() + ":" + f.suffix()), f.status());
        f.retryAfter().ifPresent(d -> exchange.getResponseHeaders().add("Retry-After", Long.toString(d.toSeconds())));
        respond(exchange, SlackAnswers.Reply.json("{\"ok\":false,\"error\":\"" + f.error() + "\"}"), f.status());
        return;
      }
      Call call = request.call();
      SlackAnswers.Reply reply = answer(request, call);
      record(call, reply.status());
      if (faults.awaitDelay(call)) {
        respond(exchange, reply, reply.status());
      }
    } catch (RuntimeException e) {
      respond(exchange, new SlackAnswers.Reply(500, "text/plain", "The fake Slack failed: " + e), 500);
    }
  }

  private SlackAnswers.Reply answer(FakeRequest request, Call call) {
    String path = request.path();
    if (request.method().equals("response_url")) {
      return answers.responseUrl(path.substring("/response/".length()), request.call().body());
    }
    if (request.method().equals("upload")) {
      uploadedBytes.add(request.raw());
      return answers.upload(path.substring("/upload/".length()), request.raw());
    }
    JsonObject answer = answers.call(request.method(), request.arguments(), request.token());
    responses.put(call, answer);
    return SlackAnswers.Reply.json(answer.toString());
  }

  private void record(Call call, int status) {
    calls.add(call);
    while (calls.size() > keptCalls) {
      calls.remove(0);
    }
    listener.answered(call, status);
  }

  private static void respond(HttpExchange exchange, SlackAnswers.Reply reply, int status) throws IOException {
    byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", reply.contentType());
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
  }
}
