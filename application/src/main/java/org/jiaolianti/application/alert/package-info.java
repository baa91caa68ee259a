/** Alerts raised by use cases (referral steps to guardians, break-glass to a school's lead). 中文：提醒。 */
package org.jiaolianti.application.alert;
