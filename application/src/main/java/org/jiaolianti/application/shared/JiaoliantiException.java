package org.jiaolianti.application.shared;

import org.jiaolianti.domain.shared.Bilingual;

/**
 * The one unchecked root of application failures. Adapters map its subclasses in one place (REST:
 * problem+json). The message is bilingual and safe to show a caller: never SQL or internal detail.
 */
public abstract class JiaoliantiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Bilingual text;

  protected JiaoliantiException(Bilingual text) {
    super(text.en());
    this.text = text;
  }

  protected JiaoliantiException(Bilingual text, Throwable cause) {
    super(text.en(), cause);
    this.text = text;
  }

  /** The message in Chinese and English. */
  public Bilingual text() {
    return text;
  }
}
