/**
 * The access vocabulary: canonical roles and scopes (MISSION "People and roles"). The decision
 * function that needs relationships from storage lives in {@code org.jiaolianti.application.access}.
 *
 * <p>中文：角色与数据范围。
 */
package org.jiaolianti.domain.access;
