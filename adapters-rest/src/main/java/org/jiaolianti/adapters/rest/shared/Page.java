package org.jiaolianti.adapters.rest.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list: {@code {"items": [...], "totalCount": N, "limit": 25, "offset": 0}} (API.md). */
public record Page<T>(List<T> items, long totalCount, int limit, int offset) {

  /** The page {@code paging} selects from all of {@code rows}, each mapped by {@code view}. */
  public static <R, T> Page<T> of(List<R> rows, Paging paging, Function<R, T> view) {
    int from = (int) Math.min(rows.size(), paging.offset());
    int to = (int) Math.min(rows.size(), (long) from + paging.limit());
    return new Page<>(rows.subList(from, to).stream().map(view).toList(), rows.size(), paging.limit(), paging.offset());
  }
}
