package nl.samen.web;

/** What a feature's page route answers: a body and its content type. */
public record Page(String contentType, String body) {}
