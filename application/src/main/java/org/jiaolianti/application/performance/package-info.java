/**
 * In-school performance notes (在校表现记录, 五(一)2): written by a student's teachers, read by the student's
 * guardians; a restricted note's text only with need; every read of a note's text audited.
 */
package org.jiaolianti.application.performance;
