package org.jiaolianti.adapters.rest.shared;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import org.jiaolianti.domain.shared.Bilingual;

/** The language of a response: Chinese unless the caller's Accept-Language prefers English. */
public enum Language {
  ZH,
  EN;

  /** From the request's Accept-Language (quality order); zh-CN when absent or neither is named. */
  public static Language of(HttpHeaders headers) {
    if (headers == null) {
      return ZH;
    }
    for (Locale locale : headers.getAcceptableLanguages()) {
      String language = locale.getLanguage();
      if (language.equals("zh")) {
        return ZH;
      }
      if (language.equals("en")) {
        return EN;
      }
    }
    return ZH;
  }

  public String pick(Bilingual text) {
    return this == EN ? text.en() : text.zh();
  }

  public String pick(String zh, String en) {
    return this == EN ? en : zh;
  }

  public String tag() {
    return this == EN ? "en" : "zh-CN";
  }
}
