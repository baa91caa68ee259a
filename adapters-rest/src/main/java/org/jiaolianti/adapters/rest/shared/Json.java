package org.jiaolianti.adapters.rest.shared;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The one JSON configuration: UTF-8 text as is, java.time as ISO-8601 strings, nulls left out, unknown request fields
 * rejected (a misspelt field is a 400, not silently ignored), numbers that do not fit rejected.
 */
@Provider
public final class Json implements ContextResolver<ObjectMapper> {

  public static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
      // 𠮷 and other characters beyond the BMP as themselves (4 UTF-8 bytes), not as \uD842\uDFB7 escapes
      .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
      .serializationInclusion(JsonInclude.Include.NON_NULL)
      .build();

  @Override
  public ObjectMapper getContext(Class<?> type) {
    return MAPPER;
  }
}
