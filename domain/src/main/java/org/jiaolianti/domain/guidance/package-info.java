/**
 * Learning and sharing of the home–school platform (家校互动云平台, 五(一)2): the family-education guidance column
 * (家庭教育指导专栏: articles, expert lecture videos, courses of lessons) published by the district or a school,
 * each guardian's learning progress, recommendations by a child's grade; and teaching or activity resources that
 * schools share with the other schools of the district (资源共享).
 *
 * <p>中文：家庭教育指导专栏与校际资源共享。依据：五(一)2
 */
package org.jiaolianti.domain.guidance;
