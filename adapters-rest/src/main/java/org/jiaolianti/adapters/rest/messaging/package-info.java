/**
 * Messages and feedback over REST: {@code /api/v1/conversations}, {@code /api/v1/office-hours} and
 * {@code /api/v1/feedback} (家校互动云平台 五(一)2; 三(三)3).
 */
package org.jiaolianti.adapters.rest.messaging;
