package org.jiaolianti.domain.activity;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A recorded lottery draw: the seed of the random, when and by whom it was drawn. Auditable: {@link
 * #order} with the same seed over the same pending registrations (in their registration order) gives the
 * same result on any JVM ({@link java.util.Random}'s algorithm is specified).
 *
 * <p>中文：抽签记录（随机种子、时间、操作人），可复核。
 */
public record LotteryDraw(long seed, Instant drawnAt, String drawnBy, int entrants) {

  public LotteryDraw {
    requireNonNull(drawnAt, "drawnAt");
    checkArgument(drawnBy != null && !drawnBy.isBlank(), "drawnBy must not be blank");
    checkArgument(entrants >= 0, "entrants must not be negative");
  }

  /**
   * The draw order of {@code entrants} (given in registration order): a Fisher–Yates shuffle driven by
   * {@code new Random(seed)}. The first {@code capacity} are confirmed, the rest waitlisted in this order.
   */
  public static <T> List<T> order(List<T> entrants, long seed) {
    List<T> list = new ArrayList<>(entrants);
    Random random = new Random(seed);
    for (int i = list.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T t = list.get(i);
      list.set(i, list.get(j));
      list.set(j, t);
    }
    return List.copyOf(list);
  }
}
