/**
 * Use cases of the home–school platform (家校互动, 五(一)2): publishing notices in one step to every
 * guardian of an audience, receipts and their statistics, reminders, the guardian's inbox, and the
 * dispatcher of the transactional outbox that feeds the outbound channel.
 */
package org.jiaolianti.application.homeschool;
