/**
 * Messages and feedback of the home–school platform (家校互动云平台, 五(一)2): two-way teacher–guardian
 * conversations about one student whose messages are never edited or deleted (only corrected by a later
 * message), teachers' office hours, and guardians' feedback and suggestions to the school (三(三)3) with a
 * response deadline and escalation to the school leader when it is overdue.
 *
 * <p>中文：家校沟通与家长意见反馈。
 */
package org.jiaolianti.domain.messaging;
