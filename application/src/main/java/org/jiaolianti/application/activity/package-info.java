/** 活动报名: activities, registrations with a waitlist, lottery draws (issue 5). */
package org.jiaolianti.application.activity;
