/**
 * Authorization, decided here for every use case: the signed-in {@link org.jiaolianti.application.access.Actor}
 * read per request, the one decision function ({@link org.jiaolianti.application.access.AccessControl#check})
 * and list filtering ({@link org.jiaolianti.application.access.Visibility}). The role × action table is
 * {@link org.jiaolianti.domain.access.AccessRules}; this package resolves what each scope reaches from
 * the records (zone memberships, classes, guardian links, docking agreements) on the district's date.
 *
 * <p>中文：访问控制。
 */
package org.jiaolianti.application.access;
