/**
 * Health vice-principals (健康副校长, 三(二)5): appointments of medical staff to schools and the report of schools
 * without one. 中文：健康副校长。依据：三(二)5
 */
package org.jiaolianti.application.healthvp;
