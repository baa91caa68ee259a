package org.jiaolianti.application.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.jiaolianti.application.testing.Scenario.XIANGAN;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jiaolianti.application.shared.ForbiddenException;
import org.jiaolianti.application.shared.NotFoundException;
import org.jiaolianti.domain.access.AccessRules;
import org.jiaolianti.domain.access.Action;
import org.jiaolianti.domain.access.Reach;
import org.jiaolianti.domain.access.Role;
import org.jiaolianti.domain.access.Target;
import org.jiaolianti.domain.people.User;
import org.junit.jupiter.api.Test;

/** {@code docs/access.md} says what the code does: the role × action table and the REST examples. */
class AccessDocumentationTest {

  private static final Path DOC = Path.of("..", "docs", "access.md");

  private static List<String[]> rows(String firstCellPrefix) throws IOException {
    assertThat(DOC).as("docs/access.md next to the module").exists();
    return Files.readAllLines(DOC, StandardCharsets.UTF_8).stream()
        .filter(l -> l.startsWith("| " + firstCellPrefix))
        .map(l -> Arrays.stream(l.substring(1, l.lastIndexOf('|')).split("\\|")).map(String::strip)
            .toArray(String[]::new))
        .toList();
  }

  private static Set<Role> roles(String cell) {
    if (cell.equals("every role")) {
      return EnumSet.allOf(Role.class);
    }
    return cell.isEmpty() ? Set.of()
        : Arrays.stream(cell.split(",")).map(String::strip).map(Role::valueOf).collect(Collectors.toSet());
  }

  @Test
  void theRoleByActionTableIsTheCodes() throws IOException {
    Map<Action, String[]> documented = new EnumMap<>(Action.class);
    for (String[] cells : rows("`")) {
      String name = cells[0].replace("`", "");
      if (Arrays.stream(Action.values()).anyMatch(a -> a.name().equals(name))) {
        documented.put(Action.valueOf(name), cells);
      }
    }
    assertThat(documented).containsOnlyKeys(Action.values());
    for (Action action : Action.values()) {
      String[] cells = documented.get(action);
      assertThat(cells).as(action.name()).hasSize(6);
      assertThat(cells[1]).as(action.name()).isEqualTo(action.label().zh());
      assertThat(Arrays.stream(cells[2].split(",")).map(String::strip).map(k -> Target.Kind.valueOf(k.toUpperCase()))
          .collect(Collectors.toSet())).as(action + " targets").isEqualTo(action.targetKinds());
      assertThat(roles(cells[3])).as(action + " D").isEqualTo(rolesWith(action, Reach.DISTRICT));
      assertThat(roles(cells[4])).as(action + " S").isEqualTo(rolesWith(action, Reach.SCOPE));
      assertThat(roles(cells[5])).as(action + " S+").isEqualTo(rolesWith(action, Reach.SCOPE_AND_RELATED));
    }
    assertThat(rolesWith(Action.READ_SELF, Reach.SELF)).isEqualTo(EnumSet.allOf(Role.class));
  }

  private static Set<Role> rolesWith(Action action, Reach reach) {
    return Arrays.stream(Role.values()).filter(r -> AccessRules.permissionsOf(r).get(action) == reach)
        .collect(Collectors.toSet());
  }

  /** The examples table: each request mapped to the decision the REST layer makes for it. */
  @Test
  void theRestExamplesAreWhatTheDecisionGives() throws IOException {
    AccessWorld w = new AccessWorld();
    AccessControl access = w.scenario.app.access();
    Map<String, Function<Actor, Integer>> requests = Map.of(
        "`GET /schools/{A}`", actor -> status(() -> access.check(actor, Action.READ_ORGANIZATION, w.school(w.a)), 200),
        "`GET /schools/{B}/committee`", actor -> status(() -> access.check(actor, Action.READ_COMMITTEE, w.school(w.b)),
            200),
        "`POST /schools/{A}/committee` …", actor -> status(() -> access.check(actor, Action.MANAGE_COMMITTEE,
            w.school(w.a)), 201),
        "`GET /reports/milestones`", actor -> status(() -> access.check(actor, Action.READ_REPORTS,
            new Target.District(XIANGAN)), 200),
        "`POST /roster-imports?dryRun=true&schoolId={A}` …", actor -> status(() -> access.check(actor,
            Action.IMPORT_ROSTER, w.school(w.a)), 200),
        "`GET /users`", actor -> access.visibility(actor, Action.MANAGE_USERS).permitted() ? 200 : 403,
        "a Huli school id", actor -> status(() -> access.check(actor, Action.READ_ORGANIZATION, w.school(w.h)), 200));
    List<User> columns = List.of(w.admin, w.schoolAdmin, w.teacher, w.guardian);

    List<String[]> examples = new ArrayList<>(rows("`GET"));
    examples.addAll(rows("`POST"));
    examples.addAll(rows("a Huli"));
    assertThat(examples).extracting(cells -> cells[0]).containsExactlyInAnyOrderElementsOf(requests.keySet());
    for (String[] cells : examples) {
      for (int i = 0; i < columns.size(); i++) {
        Actor actor = w.actor(columns.get(i));
        assertThat(requests.get(cells[0]).apply(actor)).as("%s as %s", cells[0], columns.get(i).username())
            .isEqualTo(Integer.valueOf(cells[i + 1]));
      }
    }
  }

  private static int status(Runnable check, int ok) {
    Throwable t = catchThrowable(check::run);
    if (t == null) {
      return ok;
    }
    if (t instanceof NotFoundException) {
      return 404;
    }
    return t instanceof ForbiddenException ? 403 : 500;
  }
}
