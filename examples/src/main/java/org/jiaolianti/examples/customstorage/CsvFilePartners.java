package org.jiaolianti.examples.customstorage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jiaolianti.application.organization.port.out.Partners;
import org.jiaolianti.application.shared.ConflictException;
import org.jiaolianti.domain.organization.Partner;
import org.jiaolianti.domain.organization.PartnerId;
import org.jiaolianti.domain.organization.PartnerKind;
import org.jiaolianti.domain.organization.TownCode;
import org.jiaolianti.domain.policy.SocialResourceKind;
import org.jiaolianti.domain.policy.UnitCode;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * {@link Partners} kept in one UTF-8 CSV file: an integrator's own storage for one out-port, proved by
 * the application's {@code PartnersContract} (see {@code CsvFilePartnersContractTest}).
 *
 * <p>The file has a header row ({@link #HEADER}) and one partner per row, RFC 4180 quoted (see {@link Csv});
 * an empty field means "none". Every call reads the file, so what the tests check is what the file holds.
 * Every write rewrites it: into a temporary file in the same directory, forced to disk, then moved over
 * the old file atomically, so a crash leaves the old file or the new one, never half of one. (On POSIX
 * systems the file thereby gets the temporary file's owner-only permissions.)
 *
 * <p>The rules the contract asks of every storage:
 * <ul>
 *   <li>every lookup is by district: another district's partners are never returned;
 *   <li>optimistic versioning: {@link #update} succeeds only if the caller's version is the stored one,
 *       stores version + 1 and returns it; otherwise it is a {@link ConflictException} of kind
 *       {@code STALE_VERSION} and nothing changes.
 * </ul>
 *
 * <p>One instance per file (it is thread-safe, but two instances or two processes on one file would
 * overwrite each other's writes). A write is final at once: the file takes no part in the
 * {@code Transactions} unit of work, so keep it for data a use case writes last, or store it in the
 * same database as the other ports. Meant for small lists: each call reads the whole file.
 */
public final class CsvFilePartners implements Partners {

  /** The header row; the columns of each partner row, in this order. */
  public static final List<String> HEADER =
      List.of("id", "district", "kind", "name", "unit", "town", "resourceKind", "version");

  private final Path file;

  /**
   * Partners in {@code file}, created on the first write if it does not exist (a missing or empty file
   * holds no partners).
   *
   * @throws IllegalStateException naming the file and line, if the file exists but is not a partners CSV
   */
  public CsvFilePartners(Path file) {
    this.file = requireNonNull(file, "file").toAbsolutePath();
    read(); // fail now, not on first use, if the file is malformed
  }

  /** The CSV file (absolute). */
  public Path file() {
    return file;
  }

  @Override
  public synchronized void add(Partner partner) {
    addAll(List.of(partner));
  }

  /** Adds all of them with one rewrite of the file, or none if one is already stored. */
  @Override
  public synchronized void addAll(List<Partner> partners) {
    List<Partner> stored = new ArrayList<>(read());
    for (Partner partner : partners) {
      if (indexOf(stored, partner.district(), partner.id()) >= 0) {
        throw ConflictException.duplicate("id", partner.id());
      }
      stored.add(partner);
    }
    write(stored);
  }

  @Override
  public synchronized Partner update(Partner partner) {
    List<Partner> stored = new ArrayList<>(read());
    int i = indexOf(stored, partner.district(), partner.id());
    if (i < 0 || stored.get(i).version() != partner.version()) {
      throw ConflictException.stale("partner", partner.id());
    }
    Partner next = new Partner(partner.id(), partner.district(), partner.kind(), partner.name(), partner.unit(),
        partner.town(), partner.resourceKind(), partner.version() + 1);
    stored.set(i, next);
    write(stored);
    return next;
  }

  @Override
  public synchronized Optional<Partner> byId(DistrictCode district, PartnerId id) {
    List<Partner> stored = read();
    int i = indexOf(stored, district, id);
    return i < 0 ? Optional.empty() : Optional.of(stored.get(i));
  }

  @Override
  public synchronized List<Partner> all(DistrictCode district) {
    return read().stream()
        .filter(p -> p.district().equals(district))
        .sorted(Comparator.comparing(Partner::name).thenComparing(p -> p.id().value()))
        .toList();
  }

  private static int indexOf(List<Partner> partners, DistrictCode district, PartnerId id) {
    for (int i = 0; i < partners.size(); i++) {
      if (partners.get(i).district().equals(district) && partners.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  // ---- the file ----

  private List<Partner> read() {
    if (!Files.exists(file)) {
      return List.of();
    }
    String text;
    try {
      text = Files.readString(file, UTF_8);
    } catch (CharacterCodingException e) {
      throw new IllegalStateException(file + ": not valid UTF-8", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1); // a byte order mark, as spreadsheet programs write
    }
    List<Csv.Row> rows;
    try {
      rows = Csv.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(file + ", " + e.getMessage(), e);
    }
    if (rows.isEmpty()) {
      return List.of();
    }
    if (!rows.get(0).fields().equals(HEADER)) {
      throw new IllegalStateException(file + ", line 1: the header must be " + String.join(",", HEADER) + " but is "
          + String.join(",", rows.get(0).fields()));
    }
    List<Partner> partners = new ArrayList<>();
    for (Csv.Row row : rows.subList(1, rows.size())) {
      if (row.fields().size() != HEADER.size()) {
        throw new IllegalStateException(file + ", line " + row.line() + ": expected " + HEADER.size() + " fields, found "
            + row.fields().size());
      }
      try {
        partners.add(fromFields(row.fields()));
      } catch (IllegalArgumentException e) { // a bad code, kind or version, or a partner the domain rejects
        throw new IllegalStateException(file + ", line " + row.line() + ": " + e.getMessage(), e);
      }
    }
    return partners;
  }

  private void write(List<Partner> partners) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(HEADER);
    partners.forEach(p -> rows.add(toFields(p)));
    byte[] bytes = Csv.format(rows).getBytes(UTF_8);
    Path temp = null;
    try {
      Files.createDirectories(file.getParent());
      temp = Files.createTempFile(file.getParent(), file.getFileName() + ".", ".tmp");
      Files.write(temp, bytes);
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        channel.force(true); // on disk before it replaces the old file
      }
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE); // a rename that replaces the old file
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    } finally {
      deleteQuietly(temp); // left over only if the move failed
    }
  }

  private static void deleteQuietly(Path temp) {
    if (temp != null) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // the write already failed or succeeded; a stray temporary file is harmless
      }
    }
  }

  private static List<String> toFields(Partner p) {
    return List.of(p.id().value(), p.district().value(), p.kind().name(), p.name(),
        p.optionalUnit().map(UnitCode::value).orElse(""),
        p.optionalTown().map(TownCode::value).orElse(""),
        p.optionalResourceKind().map(SocialResourceKind::name).orElse(""),
        Long.toString(p.version()));
  }

  private static Partner fromFields(List<String> f) {
    return new Partner(PartnerId.of(f.get(0)), DistrictCode.of(f.get(1)), PartnerKind.valueOf(f.get(2)), f.get(3),
        orNull(f.get(4), UnitCode::of), orNull(f.get(5), TownCode::of), orNull(f.get(6), SocialResourceKind::valueOf),
        Long.parseLong(f.get(7)));
  }

  private static <T> T orNull(String field, Function<String, T> parse) {
    return field.isEmpty() ? null : parse.apply(field);
  }
}
