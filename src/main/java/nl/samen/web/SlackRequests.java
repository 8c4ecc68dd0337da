package nl.samen.web;

import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.SSLCheckRequest;
import com.slack.api.bolt.request.builtin.UrlVerificationRequest;
import com.slack.api.bolt.util.SlackRequestParser;

/**
 * Bolt's parser, made total: a body it cannot read (bad JSON, a payload without its parts) or that
 * belongs to no workspace is "not a Slack request" (null) instead of an exception from deep inside
 * Bolt, a 500 and a stack trace in the log.
 */
final class SlackRequests {
  private SlackRequests() {}

  static Request<?> parse(SlackRequestParser parser, SlackRequestParser.HttpRequest http) {
    Request<?> request;
    try {
      request = parser.parse(http);
    } catch (RuntimeException e) {
      return null;
    }
    if (request == null || request instanceof UrlVerificationRequest || request instanceof SSLCheckRequest) {
      return request;
    }
    var context = request.getContext();
    return context.getTeamId() == null && context.getEnterpriseId() == null ? null : request;
  }
}
