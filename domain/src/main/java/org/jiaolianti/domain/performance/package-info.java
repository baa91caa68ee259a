/**
 * In-school performance notes (在校表现记录, 家校互动云平台 五(一)2): notes written by a student's teachers,
 * never edited (a correction is a new note), voidable with a kept reason; a restricted note shows its
 * existence, not its content, to staff without need; every read of a note's text is audited.
 *
 * <p>中文：学生在校表现记录。
 */
package org.jiaolianti.domain.performance;
