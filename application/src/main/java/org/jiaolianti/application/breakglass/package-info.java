/**
 * Break-glass access (紧急调阅, 五(二)2): a district mental-health officer opens one named student for a reason,
 * with automatic expiry; start and stop are audited (never the reason text); the school's mental-health lead is
 * recorded on the access and sees it. 中文：紧急调阅。依据：五(二)2
 */
package org.jiaolianti.application.breakglass;
