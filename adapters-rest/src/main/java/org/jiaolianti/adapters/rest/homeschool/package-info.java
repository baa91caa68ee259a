/**
 * REST resources of the home–school platform (家校互动, 五(一)2): notices with receipt statistics and
 * reminders ({@code /api/v1/notices}), and a guardian's inbox ({@code /api/v1/me/notices}).
 */
package org.jiaolianti.adapters.rest.homeschool;
