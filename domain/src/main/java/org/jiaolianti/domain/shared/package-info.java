/**
 * Small values every business area uses: clause references, district keys, date ranges, voiding,
 * and the {@link org.jiaolianti.domain.shared.Decision} every policy rule returns.
 */
package org.jiaolianti.domain.shared;
