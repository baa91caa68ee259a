/**
 * Alerts to one user or to a student's guardians: that something happened and whom to contact, never the sensitive
 * content. 中文：提醒。
 */
package org.jiaolianti.domain.alert;
