/**
 * Home visits (家访, 五(一)3): record, list and read, need-to-know only, the note encrypted before it reaches
 * storage, every read and write (and every refused attempt) in the audit trail.
 *
 * <p>中文：家访记录。
 */
package org.jiaolianti.application.homevisit;
