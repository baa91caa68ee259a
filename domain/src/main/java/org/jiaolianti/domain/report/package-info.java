/**
 * Aggregate figures for the district's reports (数据分析): counts only, never a person. The home–school
 * figures (五(一)2 家校互动云平台, 三(三)3 feedback, 五(一)3 parent mentors) are added up per school and
 * then per zone and for the district. The mental-health report's counts are suppressed when small
 * ({@link org.jiaolianti.domain.report.SuppressedCounts}, {@link org.jiaolianti.domain.report.SuppressedTable}).
 *
 * <p>中文：数据分析（家校互动；心理健康统计的小数值抑制）。
 */
package org.jiaolianti.domain.report;
