/** District reports built from several areas: {@code /api/v1/reports/home-school}. */
package org.jiaolianti.adapters.rest.report;
