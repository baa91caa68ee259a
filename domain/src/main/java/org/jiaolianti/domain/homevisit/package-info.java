/**
 * Home visits (家访, 家校双师 五(一)3; 三(三)2): a teacher or a school leader records a visit to one student's
 * family — date, visitors, mode, topics, a sensitive note (encrypted at rest, need-to-know only, every read
 * audited) and whether the visit flags a concern (医教互促 opens a mental-health file from it).
 *
 * <p>中文：家访记录。
 */
package org.jiaolianti.domain.homevisit;
