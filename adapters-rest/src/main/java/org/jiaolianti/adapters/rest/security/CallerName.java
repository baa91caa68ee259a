package org.jiaolianti.adapters.rest.security;

import java.util.Optional;

/**
 * The username of the signed-in caller of the request this thread is serving, for storage's audit
 * columns (created_by/changed_by): set by {@link BearerAuthentication}, cleared when the response
 * leaves. Empty outside a request.
 */
public final class CallerName {

  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  private CallerName() {}

  public static Optional<String> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  static void set(String username) {
    CURRENT.set(username);
  }

  static void clear() {
    CURRENT.remove();
  }
}
