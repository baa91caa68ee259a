/** Use cases for people: users and role assignments; classes, students, guardians and links. */
package org.jiaolianti.application.people;
