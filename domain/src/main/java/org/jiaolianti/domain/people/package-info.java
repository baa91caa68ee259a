/**
 * People: users and their dated, revocable role assignments; classes, students (minors' personal
 * information: validated, stored, shown masked), guardians and guardian–student links.
 *
 * <p>中文：用户与角色、班级、学生、家长（监护人）。
 */
package org.jiaolianti.domain.people;
