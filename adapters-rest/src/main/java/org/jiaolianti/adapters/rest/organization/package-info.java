/**
 * The 1+1+N structure over HTTP: schools ({@code /api/v1/schools}, with a school's alliance status),
 * experimental zones and their member schools ({@code /api/v1/zones}), partners ({@code /api/v1/partners}),
 * a school's co-education committee ({@code /api/v1/schools/{id}/committee}) and its docking agreements
 * ({@code /api/v1/schools/{id}/docking-agreements}). Every access decision is the application's.
 *
 * <p>中文：组织架构（学校、实验区、对接单位、校级家校共育委员会、工作对接机制、“教联体”建立情况）。依据：五(一)1、四(二)
 */
package org.jiaolianti.adapters.rest.organization;
