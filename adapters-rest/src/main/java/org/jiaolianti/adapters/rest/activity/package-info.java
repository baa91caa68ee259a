/** 活动报名 over REST: {@code /api/v1/activities} and their registrations (issue 5). */
package org.jiaolianti.adapters.rest.activity;
