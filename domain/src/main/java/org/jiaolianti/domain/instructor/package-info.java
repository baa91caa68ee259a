/**
 * Family-education instructors (家庭教育指导师, 五(一)4): a three-tier team (district, school, community) of
 * experts and key teachers with one or more specialties, and the log of the services they deliver (research,
 * lecture tours, individual guidance, demonstrations). An instructor is retired, never deleted; services are
 * added only.
 *
 * <p>中文：家庭教育指导师。依据：五(一)4
 */
package org.jiaolianti.domain.instructor;
