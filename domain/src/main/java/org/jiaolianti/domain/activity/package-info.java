/**
 * 活动报名 (五(一)2): activities by a school, a zone, a partner or the district, with a capacity, a
 * registration window, first-come or lottery places, a waitlist promoted in order, and a limit of
 * activities per student per term (a local setting of the seed).
 *
 * <p>中文：活动与报名。
 */
package org.jiaolianti.domain.activity;
