package org.jiaolianti.application.inmemory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.jiaolianti.application.shared.ConflictException;

/** A thread-safe map of records keyed by district and id, with optimistic version checks on update. */
final class VersionedStore<V> {

  private final Map<String, V> records = new LinkedHashMap<>();
  private final String what;
  private final Function<V, String> key;
  private final ToLongFunction<V> version;
  private final BiFunction<V, Long, V> withVersion;

  VersionedStore(String what, Function<V, String> key, ToLongFunction<V> version, BiFunction<V, Long, V> withVersion) {
    this.what = what;
    this.key = key;
    this.version = version;
    this.withVersion = withVersion;
  }

  static String key(Object district, Object id) {
    return district + "/" + id;
  }

  synchronized void add(V record) {
    String k = key.apply(record);
    if (records.containsKey(k)) {
      throw ConflictException.duplicate("id", k);
    }
    records.put(k, record);
  }

  synchronized V update(V record) {
    String k = key.apply(record);
    V stored = records.get(k);
    if (stored == null || version.applyAsLong(stored) != version.applyAsLong(record)) {
      throw ConflictException.stale(what, k);
    }
    V next = withVersion.apply(record, version.applyAsLong(record) + 1);
    records.put(k, next);
    return next;
  }

  /** Replaces a stored record as it is, version unchanged (counters kept beside the versioned fields). */
  synchronized void replace(V record) {
    String k = key.apply(record);
    if (!records.containsKey(k)) {
      throw new IllegalStateException(what + " " + k + " is not stored");
    }
    records.put(k, record);
  }

  synchronized Optional<V> get(Object district, Object id) {
    return Optional.ofNullable(records.get(key(district, id)));
  }

  synchronized List<V> find(Predicate<V> filter, Comparator<V> order) {
    List<V> found = new ArrayList<>();
    for (V v : records.values()) {
      if (filter.test(v)) {
        found.add(v);
      }
    }
    found.sort(order);
    return List.copyOf(found);
  }

  synchronized Optional<V> findFirst(Predicate<V> filter) {
    return records.values().stream().filter(filter).findFirst();
  }
}
