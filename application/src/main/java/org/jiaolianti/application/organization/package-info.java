/**
 * Use cases of the 1+1+N structure: towns, schools, partners, experimental zones, committees,
 * docking agreements and the establishment status.
 */
package org.jiaolianti.application.organization;
