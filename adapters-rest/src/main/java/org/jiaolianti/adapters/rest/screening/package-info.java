/**
 * Screening campaigns and results over REST (心理普测, 五(二)2, {@code /api/v1/screenings}).
 *
 * <p>中文：心理普测接口。
 */
package org.jiaolianti.adapters.rest.screening;
