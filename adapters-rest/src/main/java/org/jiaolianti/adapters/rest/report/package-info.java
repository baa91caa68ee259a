/**
 * District reports built from several areas: {@code /api/v1/reports/home-school}, {@code /api/v1/reports/mental-health}
 * (aggregates only, small counts suppressed).
 */
package org.jiaolianti.adapters.rest.report;
