package org.jiaolianti.domain.shared;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Locale;

/**
 * A short text in Chinese (the text of record) and English (a label).
 *
 * <p>中文：中英双语文本。
 */
public record Bilingual(String zh, String en) {

  public Bilingual {
    checkArgument(zh != null && !zh.isBlank(), "Chinese text must not be blank");
    checkArgument(en != null && !en.isBlank(), "English text must not be blank (zh: %s)", zh);
  }

  public static Bilingual of(String zh, String en) {
    return new Bilingual(zh, en);
  }

  /** The English text for an English locale, otherwise the Chinese one (zh-CN is the default). */
  public String in(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? en : zh;
  }

  @Override
  public String toString() {
    return zh + " / " + en;
  }
}
