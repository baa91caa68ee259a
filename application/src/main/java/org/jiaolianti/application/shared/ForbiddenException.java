package org.jiaolianti.application.shared;

import org.jiaolianti.domain.shared.Bilingual;

/** The caller can see the resource but may not do this. */
public final class ForbiddenException extends JiaoliantiException {

  private static final long serialVersionUID = 1L;

  public ForbiddenException(Bilingual text) {
    super(text);
  }
}
