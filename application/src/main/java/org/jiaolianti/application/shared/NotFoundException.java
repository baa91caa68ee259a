package org.jiaolianti.application.shared;

import org.jiaolianti.domain.shared.Bilingual;

/** An unknown id — or an id outside the caller's scope, so that ids cannot be probed. */
public final class NotFoundException extends JiaoliantiException {

  private static final long serialVersionUID = 1L;

  public NotFoundException(String what, Object id) {
    super(Bilingual.of("未找到" + zh(what) + "：" + id, what + " not found: " + id));
  }

  private static String zh(String what) {
    return switch (what) {
      case "school" -> "学校";
      case "zone" -> "实验区";
      case "zone membership" -> "实验区成员关系";
      case "committee member" -> "委员会成员";
      case "partner" -> "对接单位";
      case "docking agreement" -> "对接机制";
      case "town" -> "镇(街)";
      case "user" -> "用户";
      case "role assignment" -> "角色授权";
      case "class" -> "班级";
      case "student" -> "学生";
      case "guardian" -> "家长";
      case "typical case" -> "典型案例";
      case "exchange event" -> "经验交流活动";
      case "policy" -> "工作方案";
      case "unit" -> "单位";
      case "measure" -> "工作举措";
      case "activity" -> "活动";
      case "registration" -> "报名记录";
      case "conversation" -> "沟通会话";
      case "message" -> "消息";
      case "feedback" -> "意见建议";
      default -> what;
    };
  }
}
