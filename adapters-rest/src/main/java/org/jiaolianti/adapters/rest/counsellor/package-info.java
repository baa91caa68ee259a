/**
 * The counsellor team over HTTP ({@code /api/v1/counsellors}, {@code /api/v1/reports/counsellor-coverage}).
 * 中文：心理健康教师队伍接口。依据：五(二)3
 */
package org.jiaolianti.adapters.rest.counsellor;
