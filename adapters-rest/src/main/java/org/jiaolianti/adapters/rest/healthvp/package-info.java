/** Health vice-principals over HTTP ({@code /api/v1/health-vice-principals}). 中文：健康副校长接口。依据：三(二)5 */
package org.jiaolianti.adapters.rest.healthvp;
