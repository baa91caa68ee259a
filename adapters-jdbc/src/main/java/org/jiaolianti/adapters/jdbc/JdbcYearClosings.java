package org.jiaolianti.adapters.jdbc;

import static java.util.stream.Collectors.groupingBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jiaolianti.application.milestone.port.out.YearClosings;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.milestone.ClosedFigure;
import org.jiaolianti.domain.milestone.Figure;
import org.jiaolianti.domain.milestone.YearClosing;
import org.jiaolianti.domain.policy.MilestoneMetric;
import org.jiaolianti.domain.shared.DistrictCode;

/** {@link YearClosings} on tables {@code year_closing} and {@code year_closing_figure}; append-only. */
public final class JdbcYearClosings implements YearClosings {

  private final JdbcSession session;

  JdbcYearClosings(JdbcSession session) {
    this.session = session;
  }

  private record NumberedFigure(int position, ClosedFigure figure) {}

  @Override
  public void add(YearClosing closing) {
    List<NumberedFigure> figures = new ArrayList<>();
    for (int i = 0; i < closing.figures().size(); i++) {
      figures.add(new NumberedFigure(i, closing.figures().get(i)));
    }
    String d = closing.district().value();
    Sql.unique(() -> session.run(h -> {
      h.createUpdate("INSERT INTO year_closing (district_code, closing_year, closed_at, closed_by)"
              + " VALUES (:d, :year, :closedAt, :closedBy)")
          .bind("d", d).bind("year", closing.year()).bind("closedAt", Sql.instant(closing.closedAt()))
          .bind("closedBy", closing.closedBy()).execute();
      Sql.batch(h, "INSERT INTO year_closing_figure (district_code, closing_year, figure_position, metric, target_year,"
          + " target_value, figure_value, figure_count, figure_base, record_ids) VALUES (:d, :year, :position, :metric,"
          + " :targetYear, :target, :value, :count, :base, :records)", figures, (batch, n) -> batch.bind("d", d)
          .bind("year", closing.year()).bind("position", n.position()).bind("metric", n.figure().metric().name())
          .bind("targetYear", n.figure().year()).bind("target", n.figure().target())
          .bind("value", n.figure().figure().value()).bind("count", n.figure().figure().count())
          .bind("base", n.figure().figure().base()).bind("records", String.join("\n", n.figure().figure().records())));
    }), () -> ConflictException.duplicate("year", closing.year()));
  }

  @Override
  public List<YearClosing> all(DistrictCode district) {
    return session.call(h -> {
      Map<Integer, List<ClosedFigure>> figures = h.createQuery("SELECT * FROM year_closing_figure"
              + " WHERE district_code = :d ORDER BY closing_year, figure_position")
          .bind("d", district.value())
          .map((rs, ctx) -> Map.entry(rs.getInt("closing_year"), new ClosedFigure(
              MilestoneMetric.valueOf(rs.getString("metric")), rs.getInt("target_year"), Sql.decimal(rs, "target_value"),
              new Figure(Sql.decimal(rs, "figure_value"), rs.getLong("figure_count"), Sql.nullableLong(rs, "figure_base"),
                  records(rs.getString("record_ids"))))))
          .list().stream()
          .collect(groupingBy(Map.Entry::getKey, java.util.LinkedHashMap::new,
              java.util.stream.Collectors.mapping(Map.Entry::getValue, java.util.stream.Collectors.toList())));
      return h.createQuery("SELECT * FROM year_closing WHERE district_code = :d ORDER BY closing_year")
          .bind("d", district.value())
          .map((rs, ctx) -> new YearClosing(DistrictCode.of(rs.getString("district_code")), rs.getInt("closing_year"),
              Sql.instant(rs, "closed_at"), rs.getString("closed_by"),
              figures.getOrDefault(rs.getInt("closing_year"), List.of())))
          .list();
    });
  }

  private static List<String> records(String joined) {
    return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\n"));
  }
}
