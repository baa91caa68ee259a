/**
 * District reports built from several areas' data (数据分析): the home–school report per school, zone and
 * district over a date range. Aggregates only; reading them is {@code READ_REPORTS}.
 */
package org.jiaolianti.application.report;
