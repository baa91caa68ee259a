package org.jiaolianti.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jiaolianti.adapters.jdbc.testing.TestDatabases;
import java.util.Optional;
import org.jiaolianti.application.Jiaolianti;
import org.jiaolianti.application.Storage;
import org.jiaolianti.application.organization.port.in.ImportDistrictUseCase.AgreementRow;
import org.jiaolianti.application.organization.port.in.ImportDistrictUseCase.CommitteeMemberRow;
import org.jiaolianti.application.organization.port.in.ImportDistrictUseCase.ImportDistrictCommand;
import org.jiaolianti.application.organization.port.in.ImportDistrictUseCase.PartnerRow;
import org.jiaolianti.application.organization.port.in.ImportDistrictUseCase.SchoolRow;
import org.jiaolianti.application.organization.port.in.ImportDistrictUseCase.TownRow;
import org.jiaolianti.application.organization.port.in.ImportDistrictUseCase.ZoneMemberRow;
import org.jiaolianti.application.organization.port.in.ImportDistrictUseCase.ZoneRow;
import org.jiaolianti.application.organization.port.out.DockingAgreements;
import org.jiaolianti.application.testing.CrashingNoticeOutbox;
import org.jiaolianti.application.testing.TestPolicies;
import org.jiaolianti.domain.organization.CommitteeMemberKind;
import org.jiaolianti.domain.organization.PartnerKind;
import org.jiaolianti.application.inmemory.Clocks;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.organization.AgreementId;
import org.jiaolianti.domain.organization.DockingAgreement;
import org.jiaolianti.domain.organization.PartnerId;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.organization.Town;
import org.jiaolianti.domain.organization.TownCode;
import org.jiaolianti.domain.organization.TownKind;
import org.jiaolianti.domain.policy.Collaboration;
import org.jiaolianti.domain.policy.SchoolType;
import org.jiaolianti.domain.shared.DateRange;
import org.jiaolianti.domain.shared.DistrictCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the JDBC storage promises beyond the port contracts, on one database ({@link H2StorageTest},
 * {@link PostgresStorageTest}): migrations from empty, rollback of a failed unit of work, conflicts
 * under real concurrency, and the district key on every table.
 */
abstract class StorageBehaviour {

  static final DistrictCode XIANGAN = DistrictCode.of("350213");
  static final DistrictCode HULI = DistrictCode.of("350206");

  /** The migrations shipped (V1__schema.sql, V3__notices.sql, …), by version. */
  static final java.util.SortedSet<Integer> MIGRATIONS = migrations();
  static final String NEWEST = String.valueOf(MIGRATIONS.last());

  private static java.util.SortedSet<Integer> migrations() {
    try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/db/migration"))) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V[0-9]+__.*\\.sql"))
          .map(n -> Integer.valueOf(n.substring(1, n.indexOf("__"))))
          .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  Storage storage;

  abstract JdbcDatabase database();

  /** A brand-new, empty database of this kind (not migrated yet). */
  abstract DatabaseConfig newDatabase();

  @BeforeEach
  void emptyStorage() {
    TestDatabases.empty(database());
    storage = JdbcStorage.create(database(), Clocks.system(), TestDatabases.SEED_FORMAT);
  }

  @Test
  void anEmptyDatabaseIsMigratedToTheNewestSchemaAndOpeningItAgainChangesNothing() throws SQLException {
    DatabaseConfig config = newDatabase();
    // every versioned migration shipped (V1__schema.sql, V2__…), whoever added it
    List<Integer> versions;
    try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src", "main", "resources", "db", "migration"))) {
      versions = files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V[0-9]+__.*\\.sql"))
          .map(n -> Integer.valueOf(n.substring(1, n.indexOf("__")))).sorted().toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertThat(versions).startsWith(1, 2);
    String newest = String.valueOf(versions.get(versions.size() - 1));
    try (JdbcDatabase first = JdbcDatabase.open(config)) {
      // plus the Java migrations (V8_1: PostgreSQL's audit trigger, a no-op on H2)
      assertThat(first.migrationsApplied()).isEqualTo(versions.size() + JdbcDatabase.JAVA_MIGRATIONS.size());
      assertThat(first.schemaVersion()).isEqualTo(newest);
      assertThat(tables(first)).containsAll(TestDatabases.TABLES);
    }
    try (JdbcDatabase again = JdbcDatabase.open(config)) {
      assertThat(again.migrationsApplied()).isZero();
      assertThat(again.schemaVersion()).isEqualTo(newest);
    }
  }

  @Test
  void everyTableCarriesTheDistrictKeyFirstInItsPrimaryKey() throws SQLException {
    try (Connection c = database().dataSource().getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      for (String table : TestDatabases.TABLES) {
        String name = meta.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
        try (ResultSet column = meta.getColumns(null, null, name, meta.storesUpperCaseIdentifiers() ? "DISTRICT_CODE" : "district_code")) {
          assertThat(column.next()).as("%s has district_code", table).isTrue();
          assertThat(column.getString("IS_NULLABLE")).as("%s.district_code is NOT NULL", table).isEqualTo("NO");
        }
        if (table.equals("username_registry")) {
          continue; // the one reference table: keyed by the username, unique across districts
        }
        try (ResultSet key = meta.getPrimaryKeys(null, null, name)) {
          List<String> firstColumns = new ArrayList<>();
          while (key.next()) {
            if (key.getInt("KEY_SEQ") == 1) {
              firstColumns.add(key.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
          }
          assertThat(firstColumns).as("%s's primary key starts with district_code", table).containsExactly("district_code");
        }
      }
    }
  }

  @Test
  void aUnitOfWorkThatFailsMidwayLeavesNothingWritten() {
    Town town = new Town(TownCode.of("350213001"), XIANGAN, "新店街道𠮷", TownKind.STREET);
    School school = school(XIANGAN, "3502130001");
    DockingAgreement withUnknownPartner = DockingAgreement.sign(AgreementId.newId(), XIANGAN, school.id(),
        PartnerId.newId(), Set.of(Collaboration.values()[0]), "共建", "定期座谈", "王校长", "0592-1234567", DateRange.from(LocalDate.of(2026, 1, 1)));

    assertThatThrownBy(() -> storage.transactions().run(() -> {
      storage.towns().add(town);
      storage.schools().addAll(List.of(school));
      storage.agreements().addAll(List.of(withUnknownPartner)); // the foreign key fails here, after two writes
    })).isInstanceOf(RuntimeException.class);

    assertThat(storage.towns().all(XIANGAN)).isEmpty();
    assertThat(storage.schools().all(XIANGAN)).isEmpty();
  }

  @Test
  void aBulkImportWhoseLastWriteFailsLeavesNothingOfItsEarlierWrites() {
    // the agreements port writes its rows and then fails, as a lost connection or a constraint would
    DockingAgreements failing = new DockingAgreements() {
      private final DockingAgreements real = storage.agreements();

      @Override
      public void addAll(List<DockingAgreement> agreements) {
        real.addAll(agreements);
        throw new IllegalStateException("the database went away");
      }

      @Override
      public DockingAgreement update(DockingAgreement agreement) {
        return real.update(agreement);
      }

      @Override
      public Optional<DockingAgreement> byId(DistrictCode district, AgreementId id) {
        return real.byId(district, id);
      }

      @Override
      public List<DockingAgreement> ofSchool(DistrictCode district, SchoolId school) {
        return real.ofSchool(district, school);
      }

      @Override
      public List<DockingAgreement> all(DistrictCode district) {
        return real.all(district);
      }
    };
    Storage withFailingAgreements = storage.with(DockingAgreements.class, failing);
    Jiaolianti app = new Jiaolianti(withFailingAgreements, Clocks.system()).activate(TestPolicies.xiangan());
    LocalDate from = LocalDate.of(2026, 1, 5);
    ImportDistrictCommand command = new ImportDistrictCommand(XIANGAN.value(),
        List.of(new TownRow("350213001", "新店街道𠮷", TownKind.STREET)),
        List.of(new SchoolRow("3502130001", "新店第一小学", SchoolType.PRIMARY, "350213001", LocalDate.of(2001, 9, 1)),
            new SchoolRow("3502130002", "新店中学", SchoolType.JUNIOR_SECONDARY, "350213001", LocalDate.of(2003, 9, 1))),
        List.of(new PartnerRow(PartnerKind.COMMUNITY, "新店社区", null, "350213001", null)),
        List.of(new ZoneRow("新店教联体实验区", "3502130001", "新店街道办", from,
            List.of(new ZoneMemberRow("3502130002", from, null)))),
        List.of(new CommitteeMemberRow("3502130001", "王校长", CommitteeMemberKind.SCHOOL_LEADER, "主任", from, null)),
        List.of(new AgreementRow("新店社区", "3502130001", Set.of(Collaboration.values()[0]), "共建", "定期座谈", "李主任",
            "0592-1234567", from, null)));

    assertThatThrownBy(() -> app.importDistrict().importDistrict(command)).hasMessageContaining("went away");

    assertThat(storage.towns().all(XIANGAN)).isEmpty();
    assertThat(storage.schools().all(XIANGAN)).isEmpty();
    assertThat(storage.partners().all(XIANGAN)).isEmpty();
    assertThat(storage.zones().all(XIANGAN)).isEmpty();
    assertThat(storage.committeeMembers().all(XIANGAN)).isEmpty();
    assertThat(storage.agreements().all(XIANGAN)).isEmpty();

    // and the same import on the real ports succeeds: the failure, not the data, stopped it
    Jiaolianti real = new Jiaolianti(storage, Clocks.system()).activate(TestPolicies.xiangan());
    real.importDistrict().importDistrict(command);
    assertThat(storage.agreements().all(XIANGAN)).hasSize(1);
    assertThat(storage.zones().all(XIANGAN).get(0).memberships()).hasSize(2);
  }

  @Test
  void theRowsOfOneUnitOfWorkCarryOneAuditTimeAndTheActor() throws SQLException {
    org.jiaolianti.application.inmemory.Clocks.SettableClock clock =
        org.jiaolianti.application.inmemory.Clocks.fixed(java.time.Instant.parse("2026-03-01T02:00:00Z"));
    Storage audited = JdbcStorage.create(database(), () -> {
      java.time.Instant at = clock.now();
      clock.set(at.plusSeconds(1)); // a clock that moves on every reading
      return at;
    }, TestDatabases.SEED_FORMAT, () -> "王老师");
    audited.transactions().run(() -> {
      audited.towns().add(new Town(TownCode.of("350213001"), XIANGAN, "新店街道", TownKind.STREET));
      audited.schools().addAll(List.of(school(XIANGAN, "3502130001"), school(XIANGAN, "3502130002")));
    });
    try (Connection c = database().dataSource().getConnection(); var st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT created_at, created_by FROM town UNION ALL SELECT created_at, created_by FROM school")) {
      java.util.Set<Object> times = new java.util.HashSet<>();
      while (rs.next()) {
        times.add(rs.getObject(1, java.time.OffsetDateTime.class).toInstant());
        assertThat(rs.getString(2)).isEqualTo("王老师");
      }
      assertThat(times).containsExactly(java.time.Instant.parse("2026-03-01T02:00:00Z"));
    }
  }

  @Test
  void aNestedUnitOfWorkJoinsTheOuterOneAndFailsWithIt() {
    Town town = new Town(TownCode.of("350213001"), XIANGAN, "新店街道", TownKind.STREET);

    assertThatThrownBy(() -> storage.transactions().run(() -> {
      storage.transactions().run(() -> storage.towns().add(town));
      throw new IllegalStateException("the use case fails after its inner step");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(storage.towns().all(XIANGAN)).isEmpty();
  }

  @Test
  void ofConcurrentUpdatesOfOneVersionExactlyOneWinsAndTheOthersAreStaleConflicts() throws Exception {
    storage.towns().add(new Town(TownCode.of("350213001"), XIANGAN, "新店街道", TownKind.STREET));
    School school = school(XIANGAN, "3502130001");
    storage.schools().add(school);
    School read = storage.schools().byId(XIANGAN, school.id()).orElseThrow();
    int writers = 4;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < writers; i++) {
        LocalDate closing = LocalDate.of(2026, 7, 1 + i);
        results.add(pool.submit(() -> {
          start.await();
          try {
            storage.transactions().run(() -> storage.schools().update(read.closedOn(closing)));
            return true;
          } catch (ConflictException e) {
            assertThat(e.kind()).isEqualTo(ConflictException.Kind.STALE_VERSION);
            return false;
          }
        }));
      }
      start.countDown();
      int won = 0;
      for (Future<Boolean> result : results) {
        won += result.get() ? 1 : 0;
      }
      assertThat(won).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(storage.schools().byId(XIANGAN, school.id()).orElseThrow().version()).isEqualTo(read.version() + 1);
  }

  @Test
  void theSameCodesInTwoDistrictsStayApart() {
    for (DistrictCode d : List.of(XIANGAN, HULI)) {
      storage.towns().add(new Town(TownCode.of(d.value() + "001"), d, "街道" + d.value(), TownKind.STREET));
    }
    School xiangan = school(XIANGAN, "3502000001");
    School huli = new School(SchoolId.newId(), HULI, "3502000001", "湖里学校", SchoolType.PRIMARY,
        TownCode.of("350206001"), LocalDate.of(2001, 9, 1), null, 0);
    storage.schools().addAll(List.of(xiangan));
    storage.schools().addAll(List.of(huli));

    assertThat(storage.schools().all(XIANGAN)).extracting(School::id).containsExactly(xiangan.id());
    assertThat(storage.schools().all(HULI)).extracting(School::id).containsExactly(huli.id());
    assertThat(storage.schools().byId(HULI, xiangan.id())).isEmpty();
    assertThat(storage.towns().all(HULI)).extracting(t -> t.code().value()).containsExactly("350206001");
  }

  static School school(DistrictCode district, String code) {
    return School.register(SchoolId.newId(), district, code, "翔安𠮷学校" + code, SchoolType.PRIMARY,
        TownCode.of(district.value() + "001"), LocalDate.of(2001, 9, 1));
  }

  private static List<String> tables(JdbcDatabase db) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection c = db.dataSource().getConnection();
        ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
      }
    }
    return names;
  }

  @Test
  void publishingWritesTheNoticeItsReceiptsAndItsOutboxRowInOneTransaction_andTheOutboxSurvivesADispatcherCrash() {
    var clock = Clocks.fixed(org.jiaolianti.application.testing.NoticeWorld.MORNING);
    Storage s = JdbcStorage.create(database(), clock, TestDatabases.SEED_FORMAT);
    Storage withFailingOutbox = s.with(org.jiaolianti.application.homeschool.port.out.NoticeOutbox.class,
        new CrashingNoticeOutbox(s.noticeOutbox(), CrashingNoticeOutbox.At.ENQUEUE_FANOUT));
    Jiaolianti failing = new Jiaolianti(withFailingOutbox, clock).activate(TestPolicies.xiangan());
    var w = new org.jiaolianti.application.testing.NoticeWorld(failing);
    var toSchool = toSchool(w);

    assertThatThrownBy(() -> failing.publishNotices().publish(w.actor(w.schoolAdminA), toSchool))
        .isInstanceOf(CrashingNoticeOutbox.Crash.class);
    assertThat(s.notices().all(XIANGAN)).isEmpty();
    assertThat(s.notices().receiptsOfGuardian(XIANGAN, w.liMu.id())).isEmpty();

    var channel = new org.jiaolianti.application.inmemory.InMemoryHomeSchool.RecordingNoticeChannel();
    Jiaolianti app = new Jiaolianti(s, clock, channel);
    var notice = app.publishNotices().publish(w.actor(w.schoolAdminA), toSchool);
    assertThat(s.notices().receiptsOf(XIANGAN, notice.id())).hasSize(4);
    assertThat(s.notices().receiptsOf(XIANGAN, notice.id())).filteredOn(r -> r.guardian().equals(w.liMu.id()))
        .singleElement().satisfies(r -> assertThat(r.students()).hasSize(2));
    // one outbox row for the whole publication; no per-guardian row until the dispatcher expands it
    assertThat(s.noticeOutbox().pendingFanouts(XIANGAN)).singleElement()
        .isEqualTo(org.jiaolianti.domain.homeschool.NoticeFanout.of(notice));
    assertThat(s.noticeOutbox().pending(XIANGAN)).isEmpty();

    org.jiaolianti.application.homeschool.port.out.NoticeChannel crashing = m -> {
      channel.send(m);
      throw new StackOverflowError("the process died right after sending");
    };
    var beforeCrash = new org.jiaolianti.application.homeschool.NoticeDispatcher(s.noticeOutbox(), s.notices(),
        s.roster(), crashing, s.transactions(), clock);
    assertThatThrownBy(() -> beforeCrash.dispatchDue(10)).isInstanceOf(StackOverflowError.class);
    assertThat(s.noticeOutbox().pending(XIANGAN)).hasSize(4);
    assertThat(s.noticeOutbox().pendingFanouts(XIANGAN)).isEmpty();

    assertThat(app.noticeDispatcher().dispatchDue(10)).isEqualTo(4);
    assertThat(channel.handedOver()).hasSize(5);
    assertThat(channel.sent()).hasSize(4);
    assertThat(s.noticeOutbox().pending(XIANGAN)).isEmpty();
  }

  private static org.jiaolianti.application.homeschool.port.in.PublishNoticeUseCase.PublishNoticeCommand toSchool(
      org.jiaolianti.application.testing.NoticeWorld w) {
    return new org.jiaolianti.application.homeschool.port.in.PublishNoticeUseCase.PublishNoticeCommand(
        org.jiaolianti.domain.homeschool.AudienceKind.SCHOOL, w.schoolA.id().value(), null, null, null, "家长会通知𠮷",
        "周五下午召开家长会。", org.jiaolianti.domain.homeschool.ConfirmationMode.CLICK_TO_CONFIRM, false, false);
  }

  @Test
  void aCrashInTheMiddleOfTheFanOutExpansionRollsTheChunkBack_andLosesNothingAndSendsNothingTwice() {
    var clock = Clocks.fixed(org.jiaolianti.application.testing.NoticeWorld.MORNING);
    Storage s = JdbcStorage.create(database(), clock, TestDatabases.SEED_FORMAT);
    var channel = new org.jiaolianti.application.inmemory.InMemoryHomeSchool.RecordingNoticeChannel();
    Jiaolianti app = new Jiaolianti(s, clock, channel).activate(TestPolicies.xiangan());
    var w = new org.jiaolianti.application.testing.NoticeWorld(app);
    var notice = app.publishNotices().publish(w.actor(w.schoolAdminA), toSchool(w));
    var receipts = s.notices().receiptsOf(XIANGAN, notice.id(), null, 10);
    assertThat(receipts).hasSize(4);

    // a first chunk of two committed; the second crashes after writing its deliveries, before the cursor moves
    assertThat(app.noticeDispatcher().expandDue(2)).isEqualTo(2);
    var afterFirst = s.noticeOutbox().pendingFanouts(XIANGAN);
    assertThat(afterFirst).singleElement().satisfies(f -> assertThat(f.after()).isEqualTo(receipts.get(1).guardian()));
    for (CrashingNoticeOutbox.At at : List.of(CrashingNoticeOutbox.At.ENQUEUE_IF_ABSENT,
        CrashingNoticeOutbox.At.ADVANCE_FANOUT)) {
      var crashing = new org.jiaolianti.application.homeschool.NoticeDispatcher(
          new CrashingNoticeOutbox(s.noticeOutbox(), at), s.notices(), s.roster(), channel, s.transactions(), clock);
      assertThatThrownBy(() -> crashing.expandDue(2)).isInstanceOf(CrashingNoticeOutbox.Crash.class);
      assertThat(s.noticeOutbox().pending(XIANGAN)).hasSize(2); // rolled back with the cursor
      assertThat(s.noticeOutbox().pendingFanouts(XIANGAN)).isEqualTo(afterFirst);
    }
    // the first chunk expanded again (a re-run from the start) adds nothing twice
    s.transactions().run(() -> s.noticeOutbox().advanceFanout(
        new org.jiaolianti.domain.homeschool.NoticeFanout(XIANGAN, notice.id(), null, notice.releaseAt())
            .advancedTo(receipts.get(0).guardian())));
    assertThat(app.noticeDispatcher().expandDue(100)).isEqualTo(3);
    assertThat(s.noticeOutbox().pendingFanouts(XIANGAN)).isEmpty();
    assertThat(s.noticeOutbox().pending(XIANGAN)).extracting(d -> d.id()).containsExactlyInAnyOrderElementsOf(
        receipts.stream().map(r -> org.jiaolianti.domain.homeschool.DeliveryId.of(r.id(),
            org.jiaolianti.domain.homeschool.NoticeDelivery.Kind.NOTICE)).toList());

    // a crash after the expansion, before anything was sent: the restarted dispatcher sends each once
    org.jiaolianti.application.homeschool.port.out.NoticeChannel dead = m -> {
      throw new StackOverflowError("the process died before sending");
    };
    assertThatThrownBy(() -> new org.jiaolianti.application.homeschool.NoticeDispatcher(s.noticeOutbox(), s.notices(),
        s.roster(), dead, s.transactions(), clock).dispatchDue(100)).isInstanceOf(StackOverflowError.class);
    assertThat(s.noticeOutbox().pending(XIANGAN)).hasSize(4);
    assertThat(app.noticeDispatcher().dispatchDue(100)).isEqualTo(4);
    assertThat(channel.handedOver()).hasSize(4).doesNotHaveDuplicates();
    assertThat(channel.sent()).extracting(m -> m.guardian())
        .containsExactlyInAnyOrderElementsOf(receipts.stream().map(r -> r.guardian()).toList());
    assertThat(s.noticeOutbox().pending(XIANGAN)).isEmpty();
  }
}
