package nl.samen.slack.command;

/** A word of Samen's own (a text key) inside an error message, translated when the reply is made. */
public record Term(String key) {}
