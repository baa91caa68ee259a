/**
 * The milestones of 二, computed from the data: establishment share, typical cases, exchange events;
 * statuses by the straight-line rule; closing a year (年度考核) freezes its figures.
 *
 * <p>中文：主要目标达成情况。依据：二
 */
package org.jiaolianti.domain.milestone;
