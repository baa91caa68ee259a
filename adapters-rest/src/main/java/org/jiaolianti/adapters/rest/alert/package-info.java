/** REST for the signed-in user's own alerts (提醒): {@code /api/v1/me/alerts}. */
package org.jiaolianti.adapters.rest.alert;
