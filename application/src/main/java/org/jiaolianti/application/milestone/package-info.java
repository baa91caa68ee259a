/** Use cases of the milestones of 二: typical cases, exchange events, reports, closing a year. */
package org.jiaolianti.application.milestone;
