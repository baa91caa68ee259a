/**
 * Messages and feedback (家校互动云平台, 五(一)2; 三(三)3): conversations about one student, office hours,
 * and guardians' feedback with a response deadline and escalation.
 */
package org.jiaolianti.application.messaging;
