/**
 * User accounts and their dated role assignments over HTTP ({@code /api/v1/users}): managed by USER_ADMIN
 * only, district-wide; revocations keep who, when and why. Full student profiles ({@code /api/v1/students/{id}}):
 * need-to-know from the roster, every read audited.
 *
 * <p>中文：用户账号与角色授权管理。
 */
package org.jiaolianti.adapters.rest.people;
