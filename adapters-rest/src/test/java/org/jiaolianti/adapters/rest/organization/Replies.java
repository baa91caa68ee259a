package org.jiaolianti.adapters.rest.organization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.jiaolianti.adapters.rest.testing.HttpTestServer.Reply;

/** Small assertions on replies shared by the organization tests. */
final class Replies {

  private Replies() {}

  /** The ids of a page's items, after checking the reply is a 200 page. */
  static List<String> itemIds(Reply r) {
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    for (JsonNode item : r.json().get("items")) {
      ids.add(item.get("id").asText());
    }
    return ids;
  }

  /** The reply is a problem+json of {@code status}; returns its body. */
  static JsonNode problem(Reply r, int status) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.header("content-type")).startsWith("application/problem+json");
    return r.json();
  }

  /** The fields a 400 names, in order. */
  static List<String> fields(Reply r) {
    JsonNode problem = problem(r, 400);
    List<String> fields = new ArrayList<>();
    problem.get("errors").forEach(e -> fields.add(e.get("field").asText()));
    return fields;
  }

  /** A 200 whose body carries {@code id}. */
  static JsonNode ok(Reply r, String id) {
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().get("id").asText()).isEqualTo(id);
    return r.json();
  }
}
