package nl.samen.home;

import java.util.Locale;

/** Whose App Home is being built, and in which language. */
public record HomeUser(String teamId, String userId, Locale locale) {}
