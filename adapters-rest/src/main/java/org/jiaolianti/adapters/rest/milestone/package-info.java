/**
 * The milestone evidence and reports over HTTP (二): typical cases and exchange events (record, list,
 * read, void) and the milestone and coverage reports as of a date.
 *
 * <p>中文：典型案例、经验交流活动与目标进度、覆盖率报表接口。
 */
package org.jiaolianti.adapters.rest.milestone;
