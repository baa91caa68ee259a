package org.jiaolianti.application.shared;

import org.jiaolianti.domain.shared.Bilingual;

/**
 * The caller is not a signed-in user: the token names no user, an unknown one, or a deactivated one
 * (REST: 401). One message for every case, so that it does not tell which usernames exist.
 */
public final class NotAuthenticatedException extends JiaoliantiException {

  private static final long serialVersionUID = 1L;

  public NotAuthenticatedException() {
    super(Bilingual.of("未登录或登录已失效，请重新登录", "not signed in, or the sign-in is no longer valid"));
  }
}
