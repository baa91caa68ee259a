/** REST for family-education instructors (家庭教育指导师, 五(一)4): {@code /api/v1/instructors}. */
package org.jiaolianti.adapters.rest.instructor;
