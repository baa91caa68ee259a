/**
 * The home–school platform (家校互动云平台, 五(一)2): notices that reach every guardian in one step, with
 * receipts (read, click or signed confirmation), the guardrails that protect families (quiet hours, a
 * daily cap per class, no pupil's full name in a group notice without the sender's confirmation), and
 * outbound deliveries.
 *
 * <p>中文：家校互动（学校通知一键直达）。
 */
package org.jiaolianti.domain.homeschool;
