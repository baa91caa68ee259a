package org.jiaolianti.application.people;

import static java.util.Objects.requireNonNull;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jiaolianti.application.organization.port.out.Schools;
import org.jiaolianti.application.people.port.in.RosterImportUseCase;
import org.jiaolianti.application.people.port.out.Roster;
import org.jiaolianti.application.shared.FieldError;
import org.jiaolianti.application.shared.InvalidInputException;
import org.jiaolianti.application.shared.port.out.Clock;
import org.jiaolianti.application.shared.port.out.Transactions;
import org.jiaolianti.domain.organization.School;
import org.jiaolianti.domain.organization.SchoolId;
import org.jiaolianti.domain.people.ClassId;
import org.jiaolianti.domain.people.Gender;
import org.jiaolianti.domain.people.Guardian;
import org.jiaolianti.domain.people.GuardianId;
import org.jiaolianti.domain.people.GuardianLink;
import org.jiaolianti.domain.people.GuardianRelation;
import org.jiaolianti.domain.people.MobileNumber;
import org.jiaolianti.domain.people.NationalStudentNumber;
import org.jiaolianti.domain.people.SchoolClass;
import org.jiaolianti.domain.people.Student;
import org.jiaolianti.domain.people.StudentId;
import org.jiaolianti.domain.policy.SchoolType;
import org.jiaolianti.domain.shared.Bilingual;
import org.jiaolianti.domain.shared.DistrictCode;

/**
 * Checks a roster file's rows in two passes (each row on its own; then against what is stored), then, in a
 * real run without a bad row, creates what is missing in one transaction. See {@link RosterImportUseCase}
 * and {@code docs/roster-import.md} for the column layout and the rules.
 */
public final class RosterImportService implements RosterImportUseCase {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final Pattern NATIONAL_NUMBER = Pattern.compile("[GJL][0-9]{17}[0-9X]");
  private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");
  private static final Pattern SCHOOL_CODE = Pattern.compile("[0-9]{10}");
  private static final Pattern YEAR = Pattern.compile("(20[0-9]{2})(?:\\s*[-—–~至/]\\s*(?:20)?[0-9]{2})?\\s*(?:学年)?");
  private static final Pattern CLASS = Pattern.compile("(?:.*?级)?[(（]?([0-9]{1,2}|[一二三四五六七八九十]{1,3})[)）]?班?");
  private static final Pattern DATE = Pattern.compile("([0-9]{4})\\s*[-/.年]?\\s*([0-9]{1,2})\\s*[-/.月]?\\s*([0-9]{1,2})\\s*日?");
  private static final String DIGITS = "一二三四五六七八九";
  private static final Map<String, Integer> GRADES = grades();
  private static final Map<String, GuardianRelation> RELATIONS = relations();

  private final Roster roster;
  private final Schools schools;
  private final Transactions tx;
  private final Clock clock;

  public RosterImportService(Roster roster, Schools schools, Transactions tx, Clock clock) {
    this.roster = requireNonNull(roster, "roster");
    this.schools = requireNonNull(schools, "schools");
    this.tx = requireNonNull(tx, "tx");
    this.clock = requireNonNull(clock, "clock");
  }

  @Override
  public Report importRoster(Command command, Progress progress) {
    requireNonNull(progress, "progress");
    if (command == null) {
      throw InvalidInputException.of("body", "NotNull", "请求内容不能为空", "the request has no content");
    }
    if (command.district() == null || !command.district().matches("[0-9]{6}")) {
      throw InvalidInputException.of("district", "Pattern", "须为六位行政区划代码（GB/T 2260）",
          "must be a six-digit administrative code (GB/T 2260)");
    }
    if (command.rows().isEmpty()) {
      throw InvalidInputException.of("rows", "NotEmpty", "文件中没有数据行", "the file has no data rows");
    }
    if (command.rows().size() > MAX_ROWS) {
      throw InvalidInputException.of("rows", "Size", "一次最多导入 " + MAX_ROWS + " 行",
          "at most " + MAX_ROWS + " rows in one import");
    }
    Run run = new Run(DistrictCode.of(command.district()), command, progress);
    Report report = tx.inTransaction(run::execute);
    if (!command.dryRun() && !report.ok()) {
      throw new InvalidInputException(report.errors().stream().map(RosterImportService::fieldError).toList());
    }
    return report;
  }

  private static FieldError fieldError(RowError e) {
    return new FieldError("rows[" + e.row() + "]." + e.column().key(), e.code(), Bilingual.of(
        "第" + e.row() + "行“" + e.column().header() + "”：" + e.reason().zh(),
        "row " + e.row() + ", " + e.column().key() + ": " + e.reason().en()));
  }

  private record ClassKey(SchoolId school, int year, int grade, int number) {}

  private static final class FileClass {
    final ClassKey key;
    ClassId id;
    boolean exists;

    FileClass(ClassKey key) {
      this.key = key;
    }
  }

  private static final class FileStudent {
    final int row;
    final School school;
    final FileClass schoolClass;
    final String name;
    final Gender gender;
    final LocalDate birthDate;
    final NationalStudentNumber number;
    final Set<MobileNumber> mobiles = new LinkedHashSet<>();
    StudentId id;
    boolean exists;

    FileStudent(int row, School school, FileClass schoolClass, String name, Gender gender, LocalDate birthDate,
        NationalStudentNumber number) {
      this.row = row;
      this.school = school;
      this.schoolClass = schoolClass;
      this.name = name;
      this.gender = gender;
      this.birthDate = birthDate;
      this.number = number;
    }
  }

  private static final class FileGuardian {
    final int row;
    final String name;
    final MobileNumber mobile;
    GuardianId id;
    boolean exists;

    FileGuardian(int row, String name, MobileNumber mobile) {
      this.row = row;
      this.name = name;
      this.mobile = mobile;
    }
  }

  private record FileLink(int row, FileGuardian guardian, FileStudent student, GuardianRelation relation) {}

  /** One import: its state over the two passes. */
  private final class Run {
    private final DistrictCode district;
    private final Command command;
    private final Progress progress;
    private final LocalDate today;
    private final int defaultYear;
    private final List<RowError> errors = new ArrayList<>();
    private final Map<String, Optional<School>> schoolsByCode = new HashMap<>();
    private final Map<ClassKey, FileClass> classes = new LinkedHashMap<>();
    private final Map<String, FileStudent> students = new LinkedHashMap<>();
    private final Map<MobileNumber, FileGuardian> guardians = new LinkedHashMap<>();
    private final Map<String, FileLink> links = new LinkedHashMap<>();
    private final Set<FileLink> existingLinks = new java.util.HashSet<>();

    Run(DistrictCode district, Command command, Progress progress) {
      this.district = district;
      this.command = command;
      this.progress = progress;
      this.today = clock.today(ZONE);
      // the school year in force: it starts on September 1
      this.defaultYear = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
    }

    Report execute() {
      for (Column column : Column.values()) {
        if (column.required() && !command.columns().contains(column)) {
          error(1, column, "MissingColumn", "缺少必需列（列名可用“" + String.join("”“", column.headers()) + "”）",
              "the required column is missing (headers: " + String.join(", ", column.headers()) + ")");
        }
      }
      int total = command.rows().size();
      int done = 0;
      for (Row row : command.rows()) {
        checkRow(row);
        progress.rows("check", ++done, total);
      }
      resolveStored();
      errors.sort(Comparator.comparingInt(RowError::row).thenComparing(RowError::column));
      boolean write = !command.dryRun() && errors.isEmpty();
      if (write) {
        write();
      }
      return new Report(command.dryRun(), write, total,
          count(classes.values().stream().filter(c -> c.exists).count(), classes.size()),
          count(students.values().stream().filter(s -> s.exists).count(), students.size()),
          count(guardians.values().stream().filter(g -> g.exists).count(), guardians.size()),
          count(existingLinks.size(), links.size()), errors);
    }

    private Count count(long existing, int all) {
      return new Count(all - (int) existing, (int) existing);
    }

    private void error(int row, Column column, String code, String zh, String en) {
      errors.add(new RowError(row, column, code, Bilingual.of(zh, en)));
    }

    private boolean has(Column column) {
      return command.columns().contains(column);
    }

    /** A required cell: blank is an error (unless the whole column is missing, reported once at row 1). */
    private String required(Row row, Column column) {
      String value = row.get(column);
      if (value == null && has(column)) {
        error(row.number(), column, "NotBlank", "不能为空", "must not be blank");
      }
      return value;
    }

    private void checkRow(Row row) {
      int n = row.number();
      int before = errors.size();
      School school = school(row);
      int year = schoolYear(row);
      Integer grade = grade(row);
      Integer classNumber = classNumber(row);
      String name = name(row, Column.STUDENT_NAME);
      Gender gender = gender(row);
      LocalDate birthDate = birthDate(row);
      NationalStudentNumber number = nationalNumber(row, school);
      String guardianName = row.get(Column.GUARDIAN_NAME);
      String mobileText = row.get(Column.GUARDIAN_MOBILE);
      String relationText = row.get(Column.RELATION);
      boolean hasGuardian = guardianName != null || mobileText != null || relationText != null;
      MobileNumber mobile = null;
      GuardianRelation relation = null;
      if (hasGuardian) {
        guardianName = name(row, Column.GUARDIAN_NAME);
        mobile = mobile(row);
        relation = relation(row);
      } else if (number == null && school != null && school.type() == SchoolType.KINDERGARTEN && has(Column.GUARDIAN_MOBILE)) {
        error(n, Column.GUARDIAN_MOBILE, "RequiredWithoutNumber", "无全国学籍号的幼儿须填写监护人手机号（用于识别同一幼儿）",
            "a child without a national student number needs a guardian's mobile number (to recognise the child)");
      }
      if (errors.size() > before) {
        return;
      }
      FileClass schoolClass = classes.computeIfAbsent(new ClassKey(school.id(), year, grade, classNumber), FileClass::new);
      FileStudent student = new FileStudent(n, school, schoolClass, name, gender, birthDate, number);
      String key = number != null ? "N:" + number.value() : "K:" + school.id().value() + "|" + name + "|" + birthDate;
      FileStudent earlier = students.putIfAbsent(key, student);
      if (earlier != null) {
        if (!sameStudent(earlier, student, n)) {
          return;
        }
        student = earlier;
      }
      if (!hasGuardian) {
        return;
      }
      FileGuardian guardian = new FileGuardian(n, guardianName, mobile);
      FileGuardian sameMobile = guardians.putIfAbsent(mobile, guardian);
      if (sameMobile != null) {
        if (!sameMobile.name.equals(guardianName)) {
          error(n, Column.GUARDIAN_NAME, "MobileOfAnother", "该手机号在第" + sameMobile.row + "行属于另一位监护人“"
              + sameMobile.name + "”", "the mobile number belongs to another guardian on row " + sameMobile.row);
          return;
        }
        guardian = sameMobile;
      }
      student.mobiles.add(mobile);
      String linkKey = key + "@" + mobile.value();
      FileLink link = new FileLink(n, guardian, student, relation);
      FileLink sameLink = links.putIfAbsent(linkKey, link);
      if (sameLink != null && sameLink.relation() != relation) {
        error(n, Column.RELATION, "Inconsistent", "与第" + sameLink.row() + "行同一监护关系的“关系”不一致",
            "differs from the same guardian and student on row " + sameLink.row());
      }
    }

    private boolean sameStudent(FileStudent earlier, FileStudent now, int n) {
      Column differs = !earlier.school.id().equals(now.school.id()) ? Column.SCHOOL_CODE
          : earlier.schoolClass != now.schoolClass ? Column.CLASS_NUMBER
          : !earlier.name.equals(now.name) ? Column.STUDENT_NAME
          : earlier.gender != now.gender ? Column.GENDER
          : !earlier.birthDate.equals(now.birthDate) ? Column.BIRTH_DATE : null;
      if (differs != null) {
        error(n, differs, "Inconsistent", "与第" + earlier.row + "行同一学生的信息不一致",
            "differs from the same student on row " + earlier.row);
        return false;
      }
      return true;
    }

    private School school(Row row) {
      String code = required(row, Column.SCHOOL_CODE);
      if (code == null) {
        return null;
      }
      if (!SCHOOL_CODE.matcher(code).matches()) {
        error(row.number(), Column.SCHOOL_CODE, "Pattern", "须为十位学校标识码",
            "must be the ten-digit national school identifier (学校标识码)");
        return null;
      }
      Optional<School> school = schoolsByCode.computeIfAbsent(code, c -> schools.byCode(district, c));
      if (school.isEmpty()) {
        error(row.number(), Column.SCHOOL_CODE, "UnknownSchool", "本区没有此学校标识码的学校",
            "no school of the district has this code");
        return null;
      }
      if (command.schoolIds() != null && !command.schoolIds().contains(school.get().id().value())) {
        error(row.number(), Column.SCHOOL_CODE, "OutOfScope", "不在本次导入的学校范围内（只能导入您所管理的学校）",
            "outside the schools of this import (you may import only the schools you manage)");
        return null;
      }
      if (!school.get().isOpenOn(today)) {
        error(row.number(), Column.SCHOOL_CODE, "SchoolClosed", "该学校已撤销", "the school is closed");
        return null;
      }
      return school.get();
    }

    private int schoolYear(Row row) {
      String text = row.get(Column.SCHOOL_YEAR);
      if (text == null) {
        return defaultYear;
      }
      Matcher m = YEAR.matcher(text);
      if (!m.matches()) {
        error(row.number(), Column.SCHOOL_YEAR, "SchoolYear", "须为学年起始年份，如 2025 或 2025-2026",
            "must be the year the school year starts, e.g. 2025 or 2025-2026");
        return defaultYear;
      }
      return Integer.parseInt(m.group(1));
    }

    private Integer grade(Row row) {
      String text = required(row, Column.GRADE);
      if (text == null) {
        return null;
      }
      Integer grade = GRADES.get(text.replaceAll("\\s", ""));
      if (grade == null) {
        error(row.number(), Column.GRADE, "Grade", "无法识别的年级（可填 1–12、一年级、初一、高一、小班、中班、大班）",
            "unknown grade (1-12, 一年级, 初一, 高一, 小班, 中班 or 大班)");
      }
      return grade;
    }

    private Integer classNumber(Row row) {
      String text = required(row, Column.CLASS_NUMBER);
      if (text == null) {
        return null;
      }
      Matcher m = CLASS.matcher(text.replaceAll("\\s", ""));
      int number = m.matches() ? chineseOrArabic(m.group(1)) : 0;
      if (number < 1 || number > 99) {
        error(row.number(), Column.CLASS_NUMBER, "ClassNumber", "须为 1–99 的班号，如 2、2班、(2)班",
            "must be a class number 1-99, e.g. 2, 2班 or (2)班");
        return null;
      }
      return number;
    }

    private String name(Row row, Column column) {
      String name = required(row, column);
      if (name != null && name.codePointCount(0, name.length()) > 50) {
        error(row.number(), column, "Size", "不能超过 50 个字", "must be at most 50 characters");
        return null;
      }
      return name;
    }

    private Gender gender(Row row) {
      String text = required(row, Column.GENDER);
      if (text == null) {
        return null;
      }
      switch (text.toUpperCase(java.util.Locale.ROOT)) {
        case "男", "M", "MALE", "1":
          return Gender.MALE;
        case "女", "F", "FEMALE", "2":
          return Gender.FEMALE;
        default:
          error(row.number(), Column.GENDER, "Gender", "须为“男”或“女”", "must be 男 or 女 (MALE or FEMALE)");
          return null;
      }
    }

    private LocalDate birthDate(Row row) {
      String text = required(row, Column.BIRTH_DATE);
      if (text == null) {
        return null;
      }
      Matcher m = DATE.matcher(text);
      LocalDate date = null;
      if (m.matches()) {
        try {
          date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
          date = null;
        }
      }
      if (date == null) {
        error(row.number(), Column.BIRTH_DATE, "Date", "不是有效日期（格式如 2018-09-01）",
            "is not a valid date (such as 2018-09-01)");
        return null;
      }
      if (!date.isBefore(today) || date.getYear() < 1950) {
        error(row.number(), Column.BIRTH_DATE, "Past", "须为过去的日期", "must be a date in the past");
        return null;
      }
      return date;
    }

    private NationalStudentNumber nationalNumber(Row row, School school) {
      String text = row.get(Column.NATIONAL_NUMBER);
      if (text == null) {
        if (school != null && school.type() != SchoolType.KINDERGARTEN && has(Column.NATIONAL_NUMBER)) {
          error(row.number(), Column.NATIONAL_NUMBER, "NotNull", "非幼儿园学生须填写全国学籍号",
              "a national student number is required outside kindergartens");
        }
        return null;
      }
      String value = text.toUpperCase(java.util.Locale.ROOT);
      if (!NATIONAL_NUMBER.matcher(value).matches()) {
        error(row.number(), Column.NATIONAL_NUMBER, "Pattern", "须为全国学籍号：G、J 或 L 加 17 位数字和一位数字或 X",
            "must be a national student number: G, J or L followed by 17 digits and a digit or X");
        return null;
      }
      return NationalStudentNumber.of(value);
    }

    private MobileNumber mobile(Row row) {
      String text = required(row, Column.GUARDIAN_MOBILE);
      if (text == null) {
        return null;
      }
      String digits = text.replaceAll("[\\s-]", "").replaceFirst("^\\+?86", "");
      if (!MOBILE.matcher(digits).matches()) {
        error(row.number(), Column.GUARDIAN_MOBILE, "Pattern", "须为 11 位手机号码（13–19 开头）",
            "must be a mainland mobile number: 11 digits starting with 13-19");
        return null;
      }
      return MobileNumber.of(digits);
    }

    private GuardianRelation relation(Row row) {
      String text = required(row, Column.RELATION);
      if (text == null) {
        return null;
      }
      GuardianRelation relation = RELATIONS.get(text.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT));
      if (relation == null) {
        error(row.number(), Column.RELATION, "Relation", "无法识别的关系（可填 父亲、母亲、祖父母、外祖父母、其他亲属、其他监护人）",
            "unknown relation (FATHER, MOTHER, GRANDPARENT, OTHER_RELATIVE or OTHER_GUARDIAN)");
      }
      return relation;
    }

    /** The second pass: which classes, students, guardians and links are stored already. */
    private void resolveStored() {
      Map<SchoolId, List<SchoolClass>> storedClasses = new HashMap<>();
      for (FileClass c : classes.values()) {
        Optional<SchoolClass> stored = storedClasses.computeIfAbsent(c.key.school(), s -> roster.classesOf(district, s))
            .stream().filter(s -> s.schoolYear() == c.key.year() && s.grade() == c.key.grade()
                && s.number() == c.key.number()).findFirst();
        c.exists = stored.isPresent();
        c.id = stored.map(SchoolClass::id).orElseGet(ClassId::newId);
      }
      for (FileGuardian g : guardians.values()) {
        List<Guardian> stored = roster.guardiansWithMobile(district, g.mobile);
        g.exists = !stored.isEmpty();
        g.id = g.exists ? stored.get(0).id() : GuardianId.newId();
      }
      Map<SchoolId, List<Student>> storedStudents = new HashMap<>();
      for (FileStudent s : students.values()) {
        Optional<Student> stored;
        if (s.number != null) {
          stored = roster.studentByNationalNumber(district, s.number);
          if (stored.isPresent() && !stored.get().school().equals(s.school.id())) {
            error(s.row, Column.NATIONAL_NUMBER, "OtherSchool", "该学籍号的学生已在本区另一所学校（转学请另行办理）",
                "a student with this number is enrolled at another school of the district (transfers are not imported)");
          }
        } else {
          stored = storedStudents.computeIfAbsent(s.school.id(), id -> roster.studentsOf(district, id)).stream()
              .filter(x -> x.nationalNumber() == null && x.name().equals(s.name) && x.birthDate().equals(s.birthDate))
              .filter(x -> roster.linksOfStudent(district, x.id()).stream()
                  .map(l -> roster.guardianById(district, l.guardian()))
                  .anyMatch(g -> g.isPresent() && s.mobiles.contains(g.get().mobile())))
              .findFirst();
        }
        s.exists = stored.isPresent();
        s.id = stored.map(Student::id).orElseGet(StudentId::newId);
      }
      for (FileLink l : links.values()) {
        if (l.student().exists && l.guardian().exists && roster.linksOfStudent(district, l.student().id).stream()
            .anyMatch(x -> x.guardian().equals(l.guardian().id))) {
          existingLinks.add(l);
        }
      }
    }

    private void write() {
      int total = (int) (classes.values().stream().filter(c -> !c.exists).count()
          + students.values().stream().filter(s -> !s.exists).count()
          + guardians.values().stream().filter(g -> !g.exists).count() + links.size() - existingLinks.size());
      int done = 0;
      for (FileClass c : classes.values()) {
        if (!c.exists) {
          roster.addClass(new SchoolClass(c.id, district, c.key.school(), c.key.year(), c.key.grade(), c.key.number(), 0));
          progress.rows("write", ++done, total);
        }
      }
      for (FileStudent s : students.values()) {
        if (!s.exists) {
          roster.addStudent(Student.enrol(s.id, district, s.school.id(), s.school.type(), s.schoolClass.id, s.name,
              s.gender, s.birthDate, s.number));
          progress.rows("write", ++done, total);
        }
      }
      for (FileGuardian g : guardians.values()) {
        if (!g.exists) {
          roster.addGuardian(new Guardian(g.id, district, g.name, g.mobile, 0));
          progress.rows("write", ++done, total);
        }
      }
      for (FileLink l : links.values()) {
        if (!existingLinks.contains(l)) {
          roster.link(new GuardianLink(district, l.guardian().id, l.student().id, l.relation()));
          progress.rows("write", ++done, total);
        }
      }
    }
  }

  private static int chineseOrArabic(String text) {
    if (text.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(text);
    }
    // 一 … 九, 十, 十一 … 十九, 二十 … 九十九
    int ten = text.indexOf('十');
    if (ten < 0) {
      return text.length() == 1 ? DIGITS.indexOf(text.charAt(0)) + 1 : 0;
    }
    int tens = ten == 0 ? 1 : DIGITS.indexOf(text.charAt(0)) + 1;
    int units = ten == text.length() - 1 ? 0 : DIGITS.indexOf(text.charAt(ten + 1)) + 1;
    boolean wellFormed = ten <= 1 && text.length() - ten <= 2 && tens > 0 && (ten == text.length() - 1 || units > 0);
    return wellFormed ? tens * 10 + units : 0;
  }

  private static Map<String, Integer> grades() {
    Map<String, Integer> g = new HashMap<>();
    String[] cn = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"};
    for (int i = 1; i <= 12; i++) {
      g.put(Integer.toString(i), i);
      g.put(i + "年级", i);
      g.put(cn[i - 1] + "年级", i);
    }
    for (int i = 1; i <= 3; i++) {
      g.put("初" + cn[i - 1], 6 + i);
      g.put("高" + cn[i - 1], 9 + i);
    }
    g.put("小班", 1);
    g.put("中班", 2);
    g.put("大班", 3);
    return Map.copyOf(g);
  }

  private static Map<String, GuardianRelation> relations() {
    Map<String, GuardianRelation> r = new HashMap<>();
    for (GuardianRelation relation : GuardianRelation.values()) {
      r.put(relation.name(), relation);
    }
    for (String s : List.of("父亲", "父", "爸爸", "FATHER")) {
      r.put(s, GuardianRelation.FATHER);
    }
    for (String s : List.of("母亲", "母", "妈妈", "MOTHER")) {
      r.put(s, GuardianRelation.MOTHER);
    }
    for (String s : List.of("祖父", "祖母", "外祖父", "外祖母", "祖父母", "外祖父母", "爷爷", "奶奶", "外公", "外婆",
        "GRANDFATHER", "GRANDMOTHER")) {
      r.put(s, GuardianRelation.GRANDPARENT);
    }
    for (String s : List.of("其他亲属", "亲属", "叔叔", "阿姨", "伯父", "伯母", "姑姑", "舅舅", "哥哥", "姐姐")) {
      r.put(s, GuardianRelation.OTHER_RELATIVE);
    }
    for (String s : List.of("其他监护人", "监护人", "其他")) {
      r.put(s, GuardianRelation.OTHER_GUARDIAN);
    }
    return Map.copyOf(r);
  }
}
