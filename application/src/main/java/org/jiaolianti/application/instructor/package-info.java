/** Family-education instructors (家庭教育指导师, 五(一)4): the three-tier team and its service log. */
package org.jiaolianti.application.instructor;
