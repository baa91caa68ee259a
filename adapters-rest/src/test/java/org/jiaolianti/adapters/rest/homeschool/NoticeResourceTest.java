package org.jiaolianti.adapters.rest.homeschool;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jiaolianti.adapters.rest.RestApi;
import org.jiaolianti.adapters.rest.security.Tokens;
import org.jiaolianti.adapters.rest.shared.RateLimit;
import org.jiaolianti.adapters.rest.testing.HttpTestServer;
import org.jiaolianti.adapters.rest.testing.HttpTestServer.Reply;
import org.jiaolianti.application.Jiaolianti;
import org.jiaolianti.application.inmemory.Clocks;
import org.jiaolianti.application.inmemory.InMemoryStorage;
import org.jiaolianti.application.testing.NoticeWorld;
import org.jiaolianti.domain.people.SchoolClass;
import org.jiaolianti.domain.people.User;
import org.jiaolianti.seeds.PolicySeedLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Notices over HTTP: role pairs, guardrails as 422s, bad input as 400s, the guardian's own inbox. */
class NoticeResourceTest {

  static final String NOTICES = "/api/v1/notices";
  static final String MINE = "/api/v1/me/notices";

  final Clocks.SettableClock clock = Clocks.fixed(NoticeWorld.MORNING);
  final Jiaolianti app = new Jiaolianti(InMemoryStorage.create(), clock)
      .activate(PolicySeedLoader.loadBundled("xiangan-2025").policy());
  final NoticeWorld w = new NoticeWorld(app);
  final Tokens tokens;
  final HttpTestServer server;

  NoticeResourceTest() {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    tokens = Tokens.hs256(secret);
    server = HttpTestServer.start(new RestApi(app, tokens, () -> true, Instant::now, new RateLimit(100_000, 100_000)));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  String token(User user) {
    return tokens.mint(user.username(), Instant.now(), Duration.ofHours(1));
  }

  static String toClass(SchoolClass c, String title, String body, String mode) {
    return "{\"audience\":\"CLASS\",\"schoolId\":\"" + c.school().value() + "\",\"classId\":\"" + c.id().value()
        + "\",\"title\":\"" + title + "\",\"body\":\"" + body + "\",\"mode\":\"" + mode + "\"}";
  }

  Reply publish(User who, String json) {
    return server.post(NOTICES, token(who), json);
  }

  String receiptOf(User guardian, String noticeId) {
    for (JsonNode item : server.get(MINE, token(guardian)).json().path("items")) {
      if (item.path("notice").path("id").asText().equals(noticeId)) {
        return item.path("receiptId").asText();
      }
    }
    throw new AssertionError("no receipt of " + guardian.username() + " for " + noticeId);
  }

  @Test
  void aTeacherPublishesToTheirOwnClass_anotherClassIs404_theSchoolIs403() {
    Reply created = publish(w.teacherA11, toClass(w.a11, "春游通知", "周五春游，请准备午餐。", "CLICK_TO_CONFIRM"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.header("location")).endsWith(NOTICES + "/" + created.json().path("id").asText());
    assertThat(created.json().path("recipients").asInt()).isEqualTo(3);
    assertThat(created.json().path("held").asBoolean()).isFalse();
    assertThat(created.json().path("audience").path("kind").asText()).isEqualTo("CLASS");

    assertThat(publish(w.teacherA11, toClass(w.a12, "别班", "内容", "READ_ONLY")).status()).isEqualTo(404);
    assertThat(publish(w.teacherA11, toClass(w.b11, "别校", "内容", "READ_ONLY")).status()).isEqualTo(404);
    assertThat(publish(w.teacherA11, "{\"audience\":\"SCHOOL\",\"schoolId\":\"" + w.schoolA.id()
        + "\",\"title\":\"t\",\"body\":\"b\",\"mode\":\"READ_ONLY\"}").status()).isEqualTo(403);

    String id = created.json().path("id").asText();
    assertThat(server.get(NOTICES + "/" + id, token(w.teacherA11)).status()).isEqualTo(200);
    assertThat(server.get(NOTICES + "/" + id, token(w.teacherA12)).status()).isEqualTo(404);
    assertThat(server.get(NOTICES + "/" + id + "/receipts", token(w.teacherA12)).status()).isEqualTo(404);
    assertThat(server.post(NOTICES + "/" + id + "/reminders", token(w.teacherA12), "{}").status()).isEqualTo(404);
    assertThat(server.get(NOTICES + "/" + id, token(w.schoolAdminA)).header("etag")).isEqualTo("\"0\"");
    assertThat(server.get(NOTICES, token(w.teacherA12)).json().path("totalCount").asInt()).isZero();
    assertThat(server.get(NOTICES, token(w.admin)).json().path("totalCount").asInt()).isEqualTo(1);
    assertThat(server.get(NOTICES, token(w.guardianZhang)).status()).isEqualTo(403);
  }

  @Test
  void onlyTheBureauSendsDistrictWideAndUrgentNotices() {
    String district = "{\"audience\":\"DISTRICT\",\"title\":\"台风停课通知\",\"body\":\"明日全区中小学停课。\","
        + "\"mode\":\"CLICK_TO_CONFIRM\",\"urgent\":true}";
    assertThat(publish(w.schoolAdminA, district).status()).isEqualTo(403);
    Reply urgent = publish(w.admin, district);
    assertThat(urgent.status()).as(urgent.body()).isEqualTo(201);
    assertThat(urgent.json().path("recipients").asInt()).isEqualTo(5);
    assertThat(publish(w.schoolAdminA, "{\"audience\":\"SCHOOL\",\"schoolId\":\"" + w.schoolA.id()
        + "\",\"title\":\"t\",\"body\":\"b\",\"mode\":\"READ_ONLY\",\"urgent\":true}").status()).isEqualTo(403);
  }

  @Test
  void aGuardianSeesAndAnswersOnlyTheirOwnReceipts() {
    String id = publish(w.teacherA11, toClass(w.a11, "签名", "请签名确认。", "SIGN_TO_CONFIRM")).json().path("id").asText();
    String zhangs = receiptOf(w.guardianZhang, id);
    String lis = receiptOf(w.guardianLi, id);

    Reply inbox = server.get(MINE, token(w.guardianZhang));
    assertThat(inbox.json().path("totalCount").asInt()).isEqualTo(1);
    assertThat(inbox.json().path("items").get(0).path("students").get(0).path("name").asText()).isEqualTo("张小明");
    assertThat(server.post(MINE + "/" + lis + "/read", token(w.guardianZhang), "{}").status()).isEqualTo(404);
    assertThat(server.post(MINE + "/" + zhangs + "/read", token(w.guardianLi), "{}").status()).isEqualTo(404);
    assertThat(server.get(MINE, token(w.teacherA11)).status()).isEqualTo(403);

    Reply confirm = server.post(MINE + "/" + zhangs + "/confirm", token(w.guardianZhang), "{}");
    assertThat(confirm.status()).isEqualTo(422);
    assertThat(confirm.json().path("rule").asText()).isEqualTo("notice.confirmationMode");
    Reply wrongName = server.post(MINE + "/" + zhangs + "/sign", token(w.guardianZhang), "{\"name\":\"李四\"}");
    assertThat(wrongName.status()).isEqualTo(422);
    assertThat(wrongName.json().path("rule").asText()).isEqualTo("notice.signatureName");
    Reply noName = server.request("POST", MINE + "/" + zhangs + "/sign").token(token(w.guardianZhang))
        .header("Accept-Language", "en").json("{}").send();
    assertThat(noName.status()).isEqualTo(400);
    assertThat(noName.json().path("errors").get(0).path("field").asText()).isEqualTo("name");
    Reply signed = server.post(MINE + "/" + zhangs + "/sign", token(w.guardianZhang), "{\"name\":\"张父\"}");
    assertThat(signed.status()).as(signed.body()).isEqualTo(200);
    assertThat(signed.json().path("signature").asText()).isEqualTo("张父");
    assertThat(signed.json().path("done").asBoolean()).isTrue();

    Reply stats = server.get(NOTICES + "/" + id + "/receipts", token(w.teacherA11));
    assertThat(stats.status()).isEqualTo(200);
    assertThat(stats.json().path("recipients").asInt()).isEqualTo(3);
    assertThat(stats.json().path("delivered").asInt()).isEqualTo(3);
    assertThat(stats.json().path("read").asInt()).isEqualTo(1);
    assertThat(stats.json().path("confirmed").asInt()).isEqualTo(1);
    assertThat(stats.json().path("notYetCount").asInt()).isEqualTo(2);
    List<String> notYet = new ArrayList<>();
    stats.json().path("notYet").forEach(n -> notYet.add(n.path("guardianId").asText()));
    assertThat(notYet).containsExactlyInAnyOrder(w.liMu.id().value(), w.liFu.id().value());

    Reply reminded = server.post(NOTICES + "/" + id + "/reminders", token(w.teacherA11), "{}");
    assertThat(reminded.status()).isEqualTo(200);
    assertThat(reminded.json().path("reminded").asInt()).isEqualTo(2);
  }

  @Test
  void aPupilsFullNameIsA422NamingTheRuleUntilTheSenderConfirms() {
    Reply refused = publish(w.teacherA11, toClass(w.a11, "表扬", "张小明同学拾金不昧。", "READ_ONLY"));
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.header("content-type")).startsWith("application/problem+json");
    assertThat(refused.json().path("rule").asText()).isEqualTo("notice.studentFullName");
    assertThat(refused.json().path("clause").asText()).isEqualTo("五(一)2");
    assertThat(refused.body()).doesNotContain("张小明");

    String confirmed = toClass(w.a11, "表扬", "张小明同学拾金不昧。", "READ_ONLY").replace("}", ",\"confirmNamesStudent\":true}");
    Reply created = publish(w.teacherA11, confirmed);
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().path("namesStudentConfirmed").asBoolean()).isTrue();
  }

  @Test
  void theDailyCapIsA422_andAQuietHoursNoticeIsHeld() {
    for (int i = 1; i <= 3; i++) {
      assertThat(publish(w.teacherA11, toClass(w.a11, "第" + i + "条", "内容", "READ_ONLY")).status()).isEqualTo(201);
    }
    Reply fourth = publish(w.teacherA11, toClass(w.a11, "第四条", "内容", "READ_ONLY"));
    assertThat(fourth.status()).isEqualTo(422);
    assertThat(fourth.json().path("rule").asText()).isEqualTo("notice.dailyCapPerClass");

    clock.set(NoticeWorld.at(LocalDateTime.of(2026, 3, 3, 21, 30)));
    Reply held = publish(w.teacherA12, toClass(w.a12, "晚间", "内容", "READ_ONLY"));
    assertThat(held.json().path("held").asBoolean()).isTrue();
    assertThat(held.json().path("releaseAt").asText()).startsWith("2026-03-03T23:00:00");
  }

  @Test
  void badInputIsAFieldNamed400InEnglishOrChinese() {
    Reply en = server.request("POST", NOTICES).token(token(w.schoolAdminA)).header("Accept-Language", "en")
        .json("{}").send();
    assertThat(en.status()).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    en.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
    assertThat(fields).contains("audience", "title", "body", "mode");
    Reply zh = server.request("POST", NOTICES).token(token(w.schoolAdminA)).json("{\"audience\":\"GRADE\",\"schoolId\":\""
        + w.schoolA.id() + "\",\"title\":\"t\",\"body\":\"b\",\"mode\":\"READ_ONLY\"}").send();
    assertThat(zh.status()).isEqualTo(400);
    assertThat(zh.json().path("errors").get(0).path("field").asText()).isEqualTo("grade");
    assertThat(zh.json().path("errors").get(0).path("message").asText()).isEqualTo("该通知对象须提供此项");
    Reply badEnum = server.request("POST", NOTICES).token(token(w.schoolAdminA))
        .json("{\"audience\":\"PLANET\",\"title\":\"t\",\"body\":\"b\",\"mode\":\"READ_ONLY\"}").send();
    assertThat(badEnum.status()).isEqualTo(400);
  }
}
